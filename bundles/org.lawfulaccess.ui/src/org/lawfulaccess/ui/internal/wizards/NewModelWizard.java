/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.ui.internal.OpenModel;
import org.osgi.framework.FrameworkUtil;

/**
 * File &gt; New &gt; Model...: an empty model or a copy of an example, written where the analyst
 * chooses through the core's model store (atomically, as the command line saves), then opened the
 * way File &gt; Open File... opens a model.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

    /** The wizard's id in {@code plugin.xml}. */
    public static final String ID = "org.lawfulaccess.ui.wizards.newModel"; //$NON-NLS-1$

    private IWorkbench workbench;
    private StartPage start;
    private LocationPage location;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle(WizardMessages.wizardTitle);
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(ResourceLocator.imageDescriptorFromBundle(NewModelWizard.class, "icons/lawful48.png").orElse(null)); //$NON-NLS-1$
        setDialogSettings(DialogSettings.getOrCreateSection(
                PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(NewModelWizard.class)).getDialogSettings(), "NewModelWizard")); //$NON-NLS-1$
    }

    @Override
    public void addPages() {
        start = new StartPage(Examples.installed());
        location = new LocationPage(start, getDialogSettings());
        addPage(start);
        addPage(location);
    }

    /** Only once the location was seen: the analyst always knows where the file goes. */
    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == location && start.isPageComplete() && location.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Path target = location.file();
        Example example = start.example();
        String name = start.modelName();
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    if (example == null) {
                        NewModels.writeEmpty(target, name, monitor);
                    } else {
                        NewModels.writeCopy(target, example, monitor);
                    }
                } catch (ModelLoadException | ModelSaveException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            location.setErrorMessage(WizardMessages.bind(WizardMessages.createFailed, e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        location.remember();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            OpenModel.open(window.getActivePage(), target);
        }
        return true;
    }
}
