/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.lawfulaccess.cli.Main;

/** Runs the command line as an OSGi application ({@code -application org.lawfulaccess.cli.app}). */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Main.run(args == null ? new String[0] : args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
    }

    @Override
    public void stop() {
        // A command runs to completion; there is nothing to interrupt.
    }
}
