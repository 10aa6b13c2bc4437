/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;

/** The names of the explorer's folders, externalised; a kind of fact an in-house bundle adds is named by its class. */
final class Folders extends NLS {
    public static String jurisdictions;
    public static String actors;
    public static String services;
    public static String instruments;
    public static String facts;
    public static String scenarios;
    public static String offences;
    public static String groups;
    public static String sources;
    public static String Criminalisation;
    public static String RetentionRule;
    public static String ProviderPractice;
    public static String PointOfContact;
    public static String UsagePolicy;
    public static String Position;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.explorer.folders", Folders.class); //$NON-NLS-1$
    }

    private Folders() {
    }

    static String name(ModelGroup group) {
        String key = group.kind() != null ? group.kind().getName() : group.feature().getName();
        try {
            Object name = Folders.class.getField(key).get(null);
            if (name instanceof String text) {
                return text;
            }
        } catch (ReflectiveOperationException e) {
            // an in-house kind of fact: named by its class below
        }
        return key;
    }
}
