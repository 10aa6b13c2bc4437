/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where models sit in the Eclipse workspace, so that markers and the standard Problems view work:
 * a model file inside the workspace is used as it is; any other file on disk is linked into the
 * project {@value #PROJECT}, which the workbench creates on first use. The link keeps the file where
 * it is: saving writes the user's file, never a copy. Two files of the same name from different
 * folders get distinct links ({@code name (2).lawful}). See docs/workspace.md.
 */
public final class ModelFiles {

    /** The workspace project that holds links to models opened from elsewhere. */
    public static final String PROJECT = "Models"; //$NON-NLS-1$

    private ModelFiles() {
    }

    /**
     * @param file a model file on disk
     * @param monitor progress; may be null
     * @return the workspace file standing for it
     * @throws CoreException if the workspace cannot hold the link
     */
    public static IFile forPath(Path file, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IPath location = IPath.fromOSString(file.toAbsolutePath().normalize().toString());
        IProject project = project(monitor); // opened before looking: a closed project's links are not found
        for (IFile existing : root.findFilesForLocationURI(location.toFile().toURI())) {
            if (existing.exists()) {
                return existing;
            }
        }
        // After a crash the workspace knows the project's links before it can find them by location.
        for (IResource member : project.members()) {
            if (member instanceof IFile existing && location.equals(existing.getLocation())) {
                return existing;
            }
        }
        String name = location.lastSegment();
        IFile link = project.getFile(name);
        for (int n = 2; link.exists(); n++) {
            link = project.getFile(stem(name) + " (" + n + ")" + extension(name)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        link.createLink(location, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, monitor);
        return link;
    }

    /**
     * @param monitor progress; may be null
     * @return the project {@value #PROJECT}, created and opened if need be
     * @throws CoreException if the workspace cannot hold it
     */
    public static IProject project(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        return project;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : ""; //$NON-NLS-1$
    }
}
