/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.tests.support.Contents;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * The incremental validation keeps route analyses across edits that cannot change them and re-runs
 * only the rules an edit can affect; after every kind of edit its findings must still equal those of
 * a fresh full validation of the full catalogue.
 */
class IncrementalCatalogueTest {

    private final Validator validator = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS);

    @Test
    void belgianExample() throws Exception {
        check((Ecosystem) LawfulResources.newModelStore().load(Examples.file("belgium-2021-cross-border.lawful")).getContents().get(0));
    }

    @Test
    void franceExample() throws Exception {
        check((Ecosystem) LawfulResources.newModelStore().load(Examples.file("france-2016-decryption.lawful")).getContents().get(0));
    }

    @Test
    void generatedModel() {
        EcosystemGenerator generator = new EcosystemGenerator();
        check(generator.generate(Math.max(generator.minimumElements(), 3000), 7).ecosystem());
    }

    private void check(Ecosystem ecosystem) {
        IncrementalValidation incremental = validator.incremental(ecosystem, null);
        assertEquals(full(ecosystem), FindingKeys.of(incremental.findings()), "initial run");
        int edits = 0;
        for (Edit edit : edits(ecosystem)) {
            apply(incremental, edit);
            assertEquals(full(ecosystem), FindingKeys.of(incremental.findings()), "after " + edit.kind());
            edits++;
        }
        assertFalse(edits < 6, "the model offers every kind of edit");
    }

    private record Edit(String kind, EObject notifier, Runnable change) {
    }

    /**
     * Renames, attribute edits the routes read, a telemetry recipient, points of contact ending and
     * changing counterpart, and a fact added then removed.
     */
    private static List<Edit> edits(Ecosystem ecosystem) {
        List<Provider> providers = Contents.all(ecosystem, Provider.class);
        List<Jurisdiction> jurisdictions = Contents.all(ecosystem, Jurisdiction.class);
        List<Provision> provisions = Contents.all(ecosystem, Provision.class);
        List<ProviderPractice> practices = Contents.all(ecosystem, ProviderPractice.class);
        List<Criminalisation> criminalisations = Contents.all(ecosystem, Criminalisation.class);
        List<Telemetry> telemetry = Contents.all(ecosystem, Telemetry.class);
        List<Actor> actors = Contents.all(ecosystem, Actor.class);
        List<Edit> edits = new ArrayList<>();
        for (Provider p : first(providers, 2)) {
            edits.add(new Edit("rename provider", p, () -> p.setName(p.getName() + " renamed")));
        }
        for (Jurisdiction j : first(jurisdictions, 1)) {
            edits.add(new Edit("rename jurisdiction", j, () -> j.setName(j.getName() + " renamed")));
        }
        for (Provision p : first(provisions, 3)) {
            edits.add(new Edit("provision latency", p, () -> p.setMaxLatency(TimeSpan.days(400))));
            edits.add(new Edit("provision latency back", p, () -> p.setMaxLatency(TimeSpan.days(1))));
        }
        for (ProviderPractice p : first(practices, 3)) {
            for (PracticeOutcome outcome : PracticeOutcome.values()) {
                edits.add(new Edit("practice outcome " + outcome, p, () -> p.setOutcome(outcome)));
            }
        }
        for (Criminalisation c : first(criminalisations, 3)) {
            for (CriminalisationStatus status : CriminalisationStatus.values()) {
                edits.add(new Edit("criminalisation status " + status, c, () -> c.setStatus(status)));
            }
        }
        for (Telemetry t : first(telemetry, 2)) {
            edits.add(new Edit("telemetry recipient", t, () -> t.setRecipient(actors.get((actors.indexOf(t.getRecipient()) + 1) % actors.size()))));
        }
        List<PointOfContact> contacts = Contents.all(ecosystem, PointOfContact.class).stream().filter(c -> c.getCounterpart() != null).toList();
        for (PointOfContact c : first(contacts, 2)) {
            LocalDate validTo = c.getValidTo();
            Provider counterpart = c.getCounterpart();
            edits.add(new Edit("contact ended", c, () -> c.setValidTo(LocalDate.of(1990, 1, 1))));
            edits.add(new Edit("contact end back", c, () -> c.setValidTo(validTo)));
            edits.add(new Edit("contact counterpart", c, () -> c.setCounterpart(providers.get((providers.indexOf(counterpart) + 1) % providers.size()))));
            edits.add(new Edit("contact counterpart back", c, () -> c.setCounterpart(counterpart)));
        }
        if (!practices.isEmpty()) {
            ProviderPractice original = practices.get(0);
            ProviderPractice copy = EcoreUtil.copy(original);
            copy.setOutcome(PracticeOutcome.REFUSES);
            EObject container = original.eContainer();
            EStructuralFeature feature = original.eContainmentFeature();
            edits.add(new Edit("add a practice", container, () -> list(container, feature).add(copy)));
            edits.add(new Edit("remove the added practice", container, () -> list(container, feature).remove(copy)));
        }
        for (Criminalisation c : first(criminalisations, 1)) {
            EObject container = c.eContainer();
            edits.add(new Edit("remove a criminalisation", container, () -> list(container, c.eContainmentFeature()).remove(c)));
        }
        return edits;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject container, EStructuralFeature feature) {
        return (List<EObject>) container.eGet(feature);
    }

    /** Applies an edit and feeds the notifications it caused to the incremental validation, as an editor's adapter would. */
    private static void apply(IncrementalValidation incremental, Edit edit) {
        List<Notification> seen = new ArrayList<>();
        AdapterImpl listener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                seen.add(notification);
            }
        };
        edit.notifier().eAdapters().add(listener);
        edit.change().run();
        edit.notifier().eAdapters().remove(listener);
        seen.forEach(incremental::update);
    }

    private List<String> full(Ecosystem ecosystem) {
        return FindingKeys.of(validator.validate(ecosystem, null).findings());
    }

    /** @return up to n elements spread over the list */
    private static <T> List<T> first(List<T> all, int n) {
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < n && !all.isEmpty(); i++) {
            T element = all.get(i * (all.size() - 1) / Math.max(1, n - 1));
            if (!chosen.contains(element)) {
                chosen.add(element);
            }
        }
        return chosen;
    }
}
