/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.edit.ui.ItemProviders;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.ui.internal.quickfix.AccreditedLevelFix;
import org.lawfulaccess.ui.internal.quickfix.CiteNewSourceFix;
import org.lawfulaccess.ui.internal.quickfix.CiteOwnerSourceFix;
import org.lawfulaccess.ui.internal.quickfix.ContactPointFix;
import org.lawfulaccess.ui.internal.quickfix.DanglingReferenceFix;
import org.lawfulaccess.ui.internal.quickfix.ImminentThreatFix;
import org.lawfulaccess.ui.internal.quickfix.PreservationStepFix;
import org.lawfulaccess.ui.internal.quickfix.ProviderContactFix;
import org.lawfulaccess.ui.internal.quickfix.SwapLatencyFix;
import org.lawfulaccess.ui.internal.quickfix.SwapValidityFix;
import org.lawfulaccess.ui.internal.quickfix.ValidityEndFix;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * The fixes' commands without the workbench: the model is loaded as the command line loads it, a
 * fix's command runs on a plain command stack, and a full validation tells what changed. Undo
 * restores exactly the findings there were.
 */
class QuickFixCommandsTest {

    private static final Path MODEL = Path.of("models/quickfix.lawful");

    private final ModelStore store = LawfulResources.newModelStore();
    private final Validator validator = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS);
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private Ecosystem model;
    private QuickFix.Context context;

    @BeforeEach
    void load() throws Exception {
        domain = new AdapterFactoryEditingDomain(ItemProviders.newAdapterFactory(), new BasicCommandStack());
        resource = store.load(MODEL, domain.getResourceSet());
        model = (Ecosystem) resource.getContents().get(0);
        context = new QuickFix.Context(domain, model, Validator.dateFor(null, model));
    }

    @Test
    void eachFixRemovesItsFindingAndUndoRestoresAll() {
        check(new ContactPointFix(), "LA-SPOC-01");
        check(new ProviderContactFix(), "LA-SPOC-02");
        check(new CiteOwnerSourceFix(), "LA-PROV-01");
        check(new CiteNewSourceFix(), "LA-PROV-01");
        check(new ValidityEndFix(), "LA-PROV-02");
        check(new SwapLatencyFix(), "LA-INT-01");
        check(new AccreditedLevelFix(), "LA-SEC-01");
    }

    /** Applies the fix to every finding of the rule it can fix, in one command. */
    private void check(QuickFix fix, String rule) {
        List<Finding> before = findings();
        List<Finding> fixable = before.stream().filter(f -> f.ruleId().equals(rule) && fix.canFix(f, context)).toList();
        assertFalse(fixable.isEmpty(), fix.label());
        Command command = fix.createCommand(fixable, context);
        assertEquals(fix.label(), command.getLabel(), "the name Edit > Undo shows");
        domain.getCommandStack().execute(command);
        Set<String> after = fingerprints(findings());
        fixable.forEach(f -> assertFalse(after.contains(f.fingerprint()), fix.label() + " leaves " + f.message()));
        domain.getCommandStack().undo();
        assertEquals(fingerprints(before), fingerprints(findings()), fix.label() + ": undo restores every finding");
    }

    @Test
    void theNewContactNamesTheJurisdictionsPoliceAndTheNetwork() {
        model.getFacts().removeIf(f -> f instanceof PointOfContact);
        List<Finding> missing = findings("LA-SPOC-01");
        assertEquals(2, missing.size(), "both parties lack the 24/7 contact now");
        domain.getCommandStack().execute(new ContactPointFix().createCommand(missing, context));
        List<PointOfContact> added = model.getFacts().stream().filter(PointOfContact.class::isInstance).map(PointOfContact.class::cast).toList();
        assertEquals(List.of("State A", "State B"), added.stream().map(c -> c.getJurisdiction().getName()).sorted().toList());
        PointOfContact ofA = added.stream().filter(c -> c.getJurisdiction().getName().equals("State A")).findFirst().orElseThrow();
        assertEquals("Police of A", ((Authority) ofA.getDesignatedActor()).getName(), "its police before its prosecutor");
        assertEquals(List.of(), findings("LA-SPOC-01"));
    }

    @Test
    void aPreservationStepGivesABestRouteThatBeatsTheRetention() {
        Finding slow = findings("LA-TIME-01").get(0);
        PreservationStepFix fix = new PreservationStepFix();
        assertTrue(fix.canFix(slow, context));
        domain.getCommandStack().execute(fix.createCommand(List.of(slow), context));
        Scenario traffic = model.getScenarios().get(1);
        Route best = RouteAnalysis.of(model).routesOf(traffic).orElseThrow().best().orElseThrow();
        assertEquals(RouteKind.PRESERVATION, best.steps().get(0).provision().getRouteKind());
        assertEquals(List.of(), best.gaps(), "the clock stops at preservation");
        assertFalse(fix.canFix(findings("LA-TIME-01").get(0), context), "not offered twice");
    }

    @Test
    void theScenarioMarkedAsAnImminentThreatIsOneAttribute() {
        Finding slow = findings("LA-TIME-01").get(0);
        Command command = new ImminentThreatFix().createCommand(List.of(slow, slow), context);
        domain.getCommandStack().execute(command);
        assertEquals(1, command.getAffectedObjects().size(), "the scenario, once");
        assertFalse(new ImminentThreatFix().canFix(findings("LA-TIME-01").get(0), context));
    }

    @Test
    void extendingTheValidityKeepsItClosed() {
        Finding expired = findings("LA-PROV-02").get(0);
        domain.getCommandStack().execute(extend().createCommand(List.of(expired), context));
        assertEquals(context.date().plusDays(1), ((org.lawfulaccess.model.Fact) expired.elements().get(1)).getValidTo());
        assertEquals(List.of(), findings("LA-PROV-02"));
    }

    @Test
    void integrityFixesTellTheirFindingsApart() {
        org.lawfulaccess.model.Provision assistance = model.getInstruments().get(0).getProvisions().get(3);
        assistance.setValidFrom(java.time.LocalDate.of(2020, 1, 1));
        assistance.setValidTo(java.time.LocalDate.of(2019, 1, 1));
        model.getOffences().clear(); // the scenarios' references to the offence dangle
        List<Finding> integrity = findings("LA-INT-01");
        assertEquals(4, integrity.size(), integrity.stream().map(Finding::message).toList().toString());
        for (Finding finding : integrity) {
            int offered = (new SwapLatencyFix().canFix(finding, context) ? 1 : 0) + (new SwapValidityFix().canFix(finding, context) ? 1 : 0)
                    + (new DanglingReferenceFix().canFix(finding, context) ? 1 : 0);
            assertEquals(1, offered, "one fix for " + finding.message());
        }
        List<Finding> dangling = integrity.stream().filter(f -> new DanglingReferenceFix().canFix(f, context)).toList();
        assertEquals(2, dangling.size());
        domain.getCommandStack().execute(new DanglingReferenceFix().createCommand(dangling, context));
        domain.getCommandStack().execute(new SwapValidityFix().createCommand(findings("LA-INT-01").stream()
                .filter(f -> new SwapValidityFix().canFix(f, context)).toList(), context));
        assertEquals(List.of("LA-INT-01"), findings("LA-INT-01").stream().map(Finding::ruleId).toList(), "the latency is left");
    }

    private static ValidityEndFix extend() {
        ValidityEndFix fix = new ValidityEndFix();
        fix.setInitializationData(null, "class", "extend");
        return fix;
    }

    private List<Finding> findings() {
        return validator.validate(resource, null).findings();
    }

    private List<Finding> findings(String rule) {
        return findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static Set<String> fingerprints(List<Finding> findings) {
        return findings.stream().map(Finding::fingerprint).collect(Collectors.toSet());
    }
}
