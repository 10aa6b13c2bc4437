/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.LawfulPackage;

/**
 * A folder of the Model Explorer: the elements of one of the ecosystem's lists, grouped as analysts
 * think of them (jurisdictions, actors, services, instruments, facts by kind, scenarios, sources).
 * The facts list is shown as one folder per kind of fact. Equal groups are equal values, so the tree
 * keeps them expanded across refreshes.
 *
 * @param ecosystem the model root
 * @param feature the ecosystem's containment list
 * @param kind for a fact folder, the kind of fact it holds; null for the whole list
 */
public record ModelGroup(Ecosystem ecosystem, EReference feature, EClass kind) {

    private static final LawfulPackage P = LawfulPackage.eINSTANCE;

    /** The ecosystem's lists in the order the explorer shows them. */
    static final List<EReference> ORDER = List.of(P.getEcosystem_Jurisdictions(), P.getEcosystem_Actors(),
            P.getEcosystem_Services(), P.getEcosystem_Instruments(), P.getEcosystem_Facts(), P.getEcosystem_Scenarios(),
            P.getEcosystem_Offences(), P.getEcosystem_Groups(), P.getEcosystem_Sources());

    /** @return the folders of a model */
    static List<ModelGroup> of(Ecosystem ecosystem) {
        return ORDER.stream().map(feature -> new ModelGroup(ecosystem, feature, null)).toList();
    }

    /** @return whether this is the folder of all facts, whose children are folders per kind */
    boolean isFacts() {
        return feature == P.getEcosystem_Facts() && kind == null;
    }

    /** @return the folders per kind of fact, in the order the kinds first occur */
    List<ModelGroup> factKinds() {
        Map<EClass, ModelGroup> kinds = new LinkedHashMap<>();
        for (EObject fact : ecosystem.getFacts()) {
            kinds.computeIfAbsent(fact.eClass(), k -> new ModelGroup(ecosystem, feature, k));
        }
        return new ArrayList<>(kinds.values());
    }

    /** @return the elements of this folder */
    List<EObject> elements() {
        List<?> all = (List<?>) ecosystem.eGet(feature);
        List<EObject> found = new ArrayList<>(kind == null ? all.size() : 16);
        for (Object element : all) {
            if (kind == null || ((EObject) element).eClass() == kind) {
                found.add((EObject) element);
            }
        }
        return found;
    }

    /** @return the folder an element directly in the ecosystem sits in */
    static ModelGroup containing(EObject element) {
        Ecosystem ecosystem = (Ecosystem) element.eContainer();
        EReference feature = element.eContainmentFeature();
        return new ModelGroup(ecosystem, feature, feature == P.getEcosystem_Facts() ? element.eClass() : null);
    }
}
