/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.recovery.RecoveryCopies;
import org.lawfulaccess.ui.internal.recovery.RestoreUnsavedChanges;
import org.osgi.framework.FrameworkUtil;

/**
 * Workbench-wide policy: the initial perspective, the workspace (which holds the model files or
 * links to them, so that markers and the Problems view work), saving the window layout and the
 * workspace between sessions, and opening the model files named on the command line.
 */
final class LawfulWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
    private RecoveryCopies recovery;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        // The Problems view asks for its severity icons under these keys, which only the IDE's own
        // advisor declares; without them every problem shows the same placeholder.
        declare(configurer, "IMG_OBJS_ERROR_PATH", "error_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
        declare(configurer, "IMG_OBJS_WARNING_PATH", "warn_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
        declare(configurer, "IMG_OBJS_INFO_PATH", "info_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
        // and these for the problems that have a quick fix
        declare(configurer, "IMG_OBJS_FIXABLE_ERROR", "quickfix_error_obj.png"); //$NON-NLS-1$ //$NON-NLS-2$
        declare(configurer, "IMG_OBJS_FIXABLE_WARNING", "quickfix_warning_obj.png"); //$NON-NLS-1$ //$NON-NLS-2$
        declare(configurer, "IMG_OBJS_FIXABLE_INFO", "quickfix_info_obj.png"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void declare(IWorkbenchConfigurer configurer, String key, String icon) {
        ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, "icons/full/obj16/" + icon) //$NON-NLS-1$
                .ifPresent(descriptor -> configurer.declareImage(key, descriptor, true));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return LawfulPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LawfulWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        recovery = new RecoveryCopies(Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).append("recovery").toPath(), //$NON-NLS-1$
                ModelDocuments.get());
        List<RecoveryCopies.Copy> leftOver = recovery.leftOver();
        recovery.start();
        for (String file : modelArguments(Platform.getApplicationArgs())) {
            OpenModel.open(page, Path.of(file).toAbsolutePath());
        }
        page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> RestoreUnsavedChanges.offer(page, recovery, leftOver));
    }


    /**
     * The model files named on the command line: arguments that are not options nor an option's
     * value ({@code -data DIR}), and any argument naming a {@code .lawful} file.
     */
    static List<String> modelArguments(String[] arguments) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            boolean optionValue = i > 0 && arguments[i - 1].startsWith("-"); //$NON-NLS-1$
            if (!argument.startsWith("-") && (!optionValue || argument.endsWith(".lawful"))) { //$NON-NLS-1$ //$NON-NLS-2$
                files.add(argument);
            }
        }
        return files;
    }

    @Override
    public void postShutdown() {
        if (recovery != null) {
            recovery.stop();
        }
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            // The workspace rebuilds its state from the files at the next start: nothing of the user's is lost.
        }
    }
}
