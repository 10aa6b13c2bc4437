/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.validation.internal.RuleEValidator;

/**
 * Connects a {@link Validator} to EMF's {@link EValidator.Registry}, so that
 * {@link org.eclipse.emf.ecore.util.Diagnostician} (and everything built on it) reports the same
 * findings. The application calls {@link #register}; nothing is registered as a side effect of
 * loading a class.
 */
public final class EmfValidation {

    private EmfValidation() {
    }

    /**
     * A registration, undone by {@link #close()}: the previous validator is restored.
     */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Registers the validator's rules for the lawful-access package in the global registry.
     *
     * @param validator the rules and configuration to use
     * @param date the validation date, or null for each model's as-of date
     * @return the registration
     */
    public static Registration register(Validator validator, LocalDate date) {
        return register(EValidator.Registry.INSTANCE, LawfulPackage.eINSTANCE, validator, date);
    }

    /**
     * Registers the validator's rules for a package in a registry, keeping the structural checks of
     * the validator registered before (EMF's default if none).
     *
     * @param registry the registry, e.g. a {@code Diagnostician}'s own
     * @param ePackage the package whose objects are validated
     * @param validator the rules and configuration to use
     * @param date the validation date, or null for each model's as-of date
     * @return the registration
     */
    public static Registration register(EValidator.Registry registry, EPackage ePackage, Validator validator, LocalDate date) {
        EValidator previous = registry.getEValidator(ePackage);
        EValidator structural = previous != null ? previous : org.eclipse.emf.ecore.util.EObjectValidator.INSTANCE;
        RuleEValidator ours = new RuleEValidator(structural, validator.rules(), validator.config(), date);
        registry.put(ePackage, ours);
        return () -> {
            if (registry.get(ePackage) == ours) {
                if (previous == null) {
                    registry.remove(ePackage);
                } else {
                    registry.put(ePackage, previous);
                }
            }
        };
    }
}
