/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core;

import java.time.LocalDate;

import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Scenario;

/**
 * How every analysis reads what a model leaves implicit, in one place: the route analysis, the
 * validation rules and the command line must agree on it.
 */
public final class ModelReading {

    private ModelReading() {
    }

    /**
     * @param ecosystem the model root, or null
     * @return the date the model is read at when none is asked for: its as-of date, otherwise today
     */
    public static LocalDate date(Ecosystem ecosystem) {
        return ecosystem != null && ecosystem.getAsOf() != null ? ecosystem.getAsOf() : LocalDate.now();
    }

    /**
     * @param scenario a scenario
     * @return the date its request is made: its request date, otherwise the model's date
     */
    public static LocalDate requestDate(Scenario scenario) {
        return scenario.getRequestDate() != null ? scenario.getRequestDate()
                : date(scenario.eContainer() instanceof Ecosystem ecosystem ? ecosystem : null);
    }

    /**
     * @param scenario a scenario
     * @return the provider holding the data: the target provider, otherwise the target service's
     *         provider; null if neither is stated
     */
    public static Provider provider(Scenario scenario) {
        if (scenario.getTargetProvider() != null) {
            return scenario.getTargetProvider();
        }
        return scenario.getTargetService() == null ? null : scenario.getTargetService().getProvider();
    }
}
