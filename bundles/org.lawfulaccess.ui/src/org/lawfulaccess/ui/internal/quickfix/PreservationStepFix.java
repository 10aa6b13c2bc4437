/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-TIME-01: adds an expedited preservation provision to the instrument of the route's first step,
 * for the same issuers, data and addressees, so that the route analysis finds a route that starts by
 * preserving the data (the clock stops there). The finding names the route's provisions; no
 * validation or route search runs to build the command, so it is cheap on any model.
 */
public final class PreservationStepFix implements QuickFix {

    /** A day to execute it, as expedited preservation is meant to be: a placeholder the analyst adjusts. */
    private static final TimeSpan LATENCY = TimeSpan.days(1);
    /** The shortest period the Budapest Convention's art. 29(7) allows: a placeholder too. */
    private static final TimeSpan PERIOD = TimeSpan.days(60);

    @Override
    public String label() {
        return QuickFixMessages.preservationLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.preservationDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return firstStep(finding).filter(p -> !preserves(p.getInstrument(), p)).isPresent();
    }

    /**
     * The finding's elements are the scenario, the provision of the step where the data runs out, the
     * retention rule, then the route's provisions up to that step, in order (a provision once).
     */
    static Optional<Provision> firstStep(Finding finding) {
        List<Provision> provisions = finding.elements().stream().skip(1).filter(Provision.class::isInstance).map(Provision.class::cast)
                .toList();
        Optional<Provision> first = provisions.size() > 1 ? Optional.of(provisions.get(1)) : provisions.stream().findFirst();
        return first.filter(p -> p.getInstrument() != null && p.getRouteKind() != RouteKind.PRESERVATION);
    }

    /** Whether the instrument already has a preservation provision for the step's data and issuers. */
    private static boolean preserves(Instrument instrument, Provision step) {
        return instrument.getProvisions().stream().anyMatch(p -> p.getRouteKind() == RouteKind.PRESERVATION
                && p.getDataCategories().containsAll(step.getDataCategories()) && p.getIssuingRoles().containsAll(step.getIssuingRoles()));
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        Set<Provision> steps = new LinkedHashSet<>();
        findings.forEach(f -> firstStep(f).ifPresent(steps::add));
        List<Command> commands = new ArrayList<>();
        for (Provision step : steps) {
            Provision preservation = LawfulFactory.eINSTANCE.createProvision();
            preservation.setName(QuickFixMessages.preservationName);
            preservation.setRouteKind(RouteKind.PRESERVATION);
            preservation.getDataCategories().addAll(step.getDataCategories());
            preservation.getIssuingRoles().addAll(step.getIssuingRoles());
            preservation.setAddresseeRole(step.getAddresseeRole());
            preservation.setLegalForce(step.getLegalForce());
            preservation.getRequiredContactNetworks().addAll(step.getRequiredContactNetworks());
            preservation.setMaxLatency(LATENCY);
            preservation.setPreservationPeriod(PERIOD);
            commands.add(AddCommand.create(context.domain(), step.getInstrument(), LawfulPackage.Literals.INSTRUMENT__PROVISIONS, preservation));
        }
        return Fixes.compound(label(), commands);
    }
}
