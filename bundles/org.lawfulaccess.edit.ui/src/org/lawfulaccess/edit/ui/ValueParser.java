/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * Reads the text a user typed for a single-valued attribute as its data type's factory does
 * ({@link EcoreUtil#createFromString}), so that the property sheet accepts exactly what a file may hold,
 * and says in the product's words what form was expected when it refuses. Empty text is no value: it
 * unsets an optional attribute and is refused for a required one.
 */
final class ValueParser {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private final EDataType type;
    private final boolean required;

    ValueParser(EAttribute attribute) {
        this.type = attribute.getEAttributeType();
        this.required = attribute.isRequired();
    }

    /**
     * @param text what the user typed
     * @return the value, or null for none
     * @throws IllegalArgumentException with a message for the user if the text is not a value
     */
    Object valueOf(String text) {
        // Only a string keeps its spaces: elsewhere a stray space is not worth a refusal.
        String value = type.getInstanceClass() == String.class ? text : text.strip();
        if (value.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(Messages.valueRequired);
            }
            return null;
        }
        try {
            return EcoreUtil.createFromString(type, value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(refusal(e), e);
        }
    }

    /** @return why the text is refused, or null if it is a value */
    String check(String text) {
        try {
            valueOf(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** @return the text that reads back as the value; empty for none */
    String format(Object value) {
        return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
    }

    private String refusal(RuntimeException e) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == LocalDate.class) {
            return Messages.notADate;
        }
        if (instanceClass == TimeSpan.class) {
            return Messages.notADuration;
        }
        String kind = WHOLE_NUMBERS.contains(instanceClass) ? Messages.typeWholeNumber
                : NUMBERS.contains(instanceClass) ? Messages.typeNumber : type.getName();
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return NLS.bind(Messages.notValid, kind, reason);
    }
}
