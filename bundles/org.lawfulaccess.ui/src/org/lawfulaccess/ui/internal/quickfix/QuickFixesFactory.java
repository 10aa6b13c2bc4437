/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Makes {@link QuickFixes} a workbench service: the contributions are read and checked once, on first use. */
public final class QuickFixesFactory extends AbstractServiceFactory {

    private QuickFixes fixes;

    @Override
    public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
            IServiceLocator locator) {
        if (serviceInterface != QuickFixes.class) {
            return null;
        }
        if (fixes == null) {
            ILog log = ILog.of(QuickFixes.class);
            fixes = new QuickFixes(Platform.getExtensionRegistry(), QuickFixes.catalogueIds(log), log);
        }
        return fixes;
    }
}
