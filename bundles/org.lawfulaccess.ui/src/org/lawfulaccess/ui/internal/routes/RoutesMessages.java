/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.routes;

import org.eclipse.osgi.util.NLS;

/** Strings of the route view, from {@code routes-messages.properties}. */
final class RoutesMessages extends NLS {
    public static String select;
    public static String columnRoute;
    public static String columnProvision;
    public static String columnLatency;
    public static String columnDelivered;
    public static String columnDeliveredTooltip;
    public static String columnEmergency;
    public static String columnBinding;
    public static String columnAvailable;
    public static String columnPractice;
    public static String columnGaps;
    public static String route;
    public static String routeBest;
    public static String routeBlocked;
    public static String kindSeparator;
    public static String step;
    public static String stepProvision;
    public static String binding;
    public static String voluntary;
    public static String available;
    public static String blockedLegal;
    public static String blockedNotLegal;
    public static String stepBlocked;
    public static String none;
    public static String countBlocking;
    public static String countWeakening;
    public static String countNote;
    public static String listSeparator;
    public static String gap;
    public static String gapWithRules;
    public static String context;
    public static String contextCarried;
    public static String atRequestDate;
    public static String noRequestDate;
    public static String notAtRequestDate;
    public static String summary;
    public static String summaryNoBest;
    public static String summaryNoRoute;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.routes.routes-messages", RoutesMessages.class); //$NON-NLS-1$
    }

    private RoutesMessages() {
    }
}
