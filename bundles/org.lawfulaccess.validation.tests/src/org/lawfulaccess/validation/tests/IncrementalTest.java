package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

class IncrementalTest {

    private static Set<String> fingerprints(List<Finding> findings) {
        return findings.stream().map(Finding::fingerprint).collect(Collectors.toSet());
    }

    /** The incremental findings must always equal a full run's. */
    private static void assertSameAsFullRun(Validator validator, Fixtures m, IncrementalValidation incremental) {
        assertEquals(fingerprints(validator.validate(m.ecosystem, null).findings()), fingerprints(incremental.findings()));
    }

    private static Fixtures bigger() {
        Fixtures m = new Fixtures();
        for (int i = 0; i < 50; i++) {
            m.criminalisation("fact " + i).getCitations().add(m.citation("quote " + i));
        }
        return m;
    }

    @Test
    void addingACitationReevaluatesOnlyWhatItTouches() {
        Fixtures m = bigger();
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        IncrementalValidation incremental = validator.incremental(m.ecosystem, null);
        assertSameAsFullRun(validator, m, incremental);
        var citation = m.citation("now cited");
        m.uncited.getCitations().add(citation);
        IncrementalValidation.Update update = incremental.update(List.of(m.uncited, citation));
        assertEquals(1, update.removed().size());
        assertEquals(m.uncited, update.removed().get(0).elements().get(0));
        assertTrue(update.elementsReevaluated() < 10, "re-evaluated " + update.elementsReevaluated());
        assertSameAsFullRun(validator, m, incremental);
    }

    @Test
    void followsNotificationsForAddsRemovesAndSets() {
        Fixtures m = bigger();
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        IncrementalValidation incremental = validator.incremental(m.ecosystem, null);
        List<IncrementalValidation.Update> updates = new ArrayList<>();
        m.ecosystem.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    updates.add(incremental.update(notification));
                }
            }
        });
        Criminalisation added = m.criminalisation("new uncited");
        assertEquals(1, updates.get(updates.size() - 1).added().size());
        assertSameAsFullRun(validator, m, incremental);

        m.ecosystem.getFacts().remove(m.uncited);
        assertSameAsFullRun(validator, m, incremental);

        added.setValidTo(added.getValidFrom() == null ? Fixtures.AS_OF.minusDays(1) : null);
        assertSameAsFullRun(validator, m, incremental);
        assertTrue(updates.get(updates.size() - 1).elementsReevaluated() < 10);

        // Removing a referenced element leaves dangling references: LA-INT-01 on the referrers.
        m.ecosystem.getOffences().remove(m.offence);
        assertSameAsFullRun(validator, m, incremental);
        assertTrue(incremental.findings().stream().anyMatch(f -> f.ruleId().equals("LA-INT-01")));
    }

    @Test
    void theFirstRunStopsWhenCancelledAndRunsWhenNot() {
        Fixtures m = bigger();
        for (int i = 0; i < 300; i++) {
            m.criminalisation("more " + i);
        }
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        int[] asked = {0};
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> validator.incremental(m.ecosystem, null, () -> ++asked[0] > 0));
        assertEquals(1, asked[0], "asked once, then stopped");
        assertSameAsFullRun(validator, m, validator.incremental(m.ecosystem, null, () -> false));
    }
}
