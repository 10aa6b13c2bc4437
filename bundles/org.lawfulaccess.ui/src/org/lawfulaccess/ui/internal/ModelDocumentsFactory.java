/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.lawfulaccess.ui.ModelDocuments;

/** Makes {@link ModelDocuments} a workbench service: one instance, created on first use. */
public final class ModelDocumentsFactory extends AbstractServiceFactory {

    private ModelDocuments documents;

    @Override
    public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
            IServiceLocator locator) {
        if (serviceInterface != ModelDocuments.class) {
            return null;
        }
        if (documents == null) {
            documents = new ModelDocuments();
        }
        return documents;
    }
}
