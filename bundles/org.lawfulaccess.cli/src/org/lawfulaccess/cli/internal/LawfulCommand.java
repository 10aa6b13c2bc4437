/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code lawful} command: only dispatches to its subcommands. */
@Command(name = "lawful", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validates, inspects and generates lawful-access ecosystem models (.lawful files).",
        subcommands = { ValidateCommand.class, RulesCommand.class, ExplainCommand.class, InfoCommand.class,
                GenerateCommand.class, RoutesCommand.class })
public final class LawfulCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command."); //$NON-NLS-1$
    }
}
