/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * Random single edits of every kind an editor can make (any changeable attribute or reference of
 * any element, elements removed, copies added), each reaching the incremental validation through
 * an adapter on the whole model as in the editor; after each one, its findings must equal a fresh
 * full validation's. This is what proves that what the incremental validation keeps (analyses,
 * route evaluations of scenarios an edit cannot reach, findings of rules it does not re-run) is
 * still right.
 */
class RandomEditsTest {

    private static final int EDITS = 60;

    private final Validator validator = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void incrementalEqualsFullAfterEachRandomEdit(long seed) {
        EcosystemGenerator generator = new EcosystemGenerator();
        check(generator.generate(Math.max(generator.minimumElements(), 2500), seed).ecosystem(), seed, EDITS);
    }

    /** The examples: small, but with the sources, quotes, nesting and references of real models. */
    @ParameterizedTest
    @ValueSource(strings = {"belgium-2021-cross-border.lawful", "belgian-defence-2022-messaging.lawful",
            "france-2016-decryption.lawful", "statement-2020-e2e.lawful"})
    void incrementalEqualsFullAfterEachRandomEditOfAnExample(String example) throws ModelLoadException {
        Ecosystem ecosystem = (Ecosystem) LawfulResources.newModelStore().load(Examples.file(example)).getContents().get(0);
        check(ecosystem, example.hashCode(), 4 * EDITS);
    }

    private void check(Ecosystem ecosystem, long seed, int edits) {
        IncrementalValidation incremental = validator.incremental(ecosystem, null);
        List<Notification> seen = new ArrayList<>();
        ecosystem.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                seen.add(notification);
            }
        });
        Random random = new Random(seed);
        int applied = 0;
        for (int i = 0; i < edits; i++) {
            String edit = edit(ecosystem, random);
            if (edit == null) {
                continue;
            }
            List<Notification> batch = new ArrayList<>(seen);
            seen.clear();
            batch.forEach(incremental::update);
            assertEquals(full(ecosystem), FindingKeys.of(incremental.findings()), "after edit " + i + ": " + edit);
            applied++;
        }
        assertTrue(applied > edits / 2, "most attempts edit something: " + applied);
    }

    /** Makes one random edit; returns what it did, or null if the chosen feature offers none. */
    private static String edit(Ecosystem ecosystem, Random random) {
        List<EObject> elements = new ArrayList<>();
        for (Iterator<EObject> it = ecosystem.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        EObject element = elements.get(random.nextInt(elements.size()));
        int choice = random.nextInt(10);
        if (choice == 0) {
            EcoreUtil.remove(element);
            return "remove " + element.eClass().getName();
        }
        if (choice == 2 && element.eContainmentFeature().isMany() && list(element.eContainer(), element.eContainmentFeature()).size() > 1) {
            List<EObject> siblings = list(element.eContainer(), element.eContainmentFeature());
            ((org.eclipse.emf.common.util.EList<EObject>) siblings).move(random.nextInt(siblings.size()), element);
            return "move " + element.eClass().getName() + " within its list";
        }
        if (choice == 1 && element.eContainmentFeature().isMany()) {
            EObject copy = EcoreUtil.copy(element);
            list(element.eContainer(), element.eContainmentFeature()).add(copy);
            return "add a copy of " + element.eClass().getName();
        }
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                    && !(feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()))) {
                features.add(feature);
            }
        }
        if (features.isEmpty()) {
            return null;
        }
        EStructuralFeature feature = features.get(random.nextInt(features.size()));
        String what = element.eClass().getName() + "." + feature.getName();
        if (feature instanceof EAttribute attribute) {
            Object value = value(attribute, random);
            if (value == null) {
                return null;
            }
            if (feature.isMany()) {
                List<Object> values = list(element, feature);
                if (values.contains(value)) {
                    values.remove(value);
                } else {
                    values.add(value);
                }
            } else {
                element.eSet(feature, value);
            }
            return what + " = " + value;
        }
        EReference reference = (EReference) feature;
        List<EObject> candidates = elements.stream().filter(reference.getEReferenceType()::isInstance).toList();
        if (reference.isMany()) {
            List<EObject> values = list(element, feature);
            if (!values.isEmpty() && random.nextBoolean()) {
                values.remove(random.nextInt(values.size()));
                return what + " less one";
            }
            EObject added = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
            if (added == null || values.contains(added)) {
                return null;
            }
            values.add(added);
            return what + " plus one";
        }
        EObject target = candidates.isEmpty() || random.nextInt(5) == 0 ? null : candidates.get(random.nextInt(candidates.size()));
        element.eSet(feature, target);
        return what + " = " + (target == null ? "nothing" : target.eClass().getName());
    }

    private static Object value(EAttribute attribute, Random random) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum enumeration) {
            return enumeration.getELiterals().get(random.nextInt(enumeration.getELiterals().size())).getInstance();
        }
        if (type == boolean.class || type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2010, 1, 1).plusDays(random.nextInt(6000));
        }
        if (type == TimeSpan.class) {
            return TimeSpan.days(random.nextInt(500));
        }
        if (type == String.class) {
            return "Text " + random.nextInt(1000); // names, titles, quotes, locators: what labels, paths and evidence show
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(EObject element, EStructuralFeature feature) {
        return (List<T>) element.eGet(feature);
    }

    private List<String> full(Ecosystem ecosystem) {
        return FindingKeys.of(validator.validate(ecosystem, null).findings());
    }
}
