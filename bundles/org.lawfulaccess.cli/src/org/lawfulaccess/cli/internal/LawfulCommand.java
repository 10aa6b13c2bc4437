/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code lawful} command: only dispatches to its subcommands. */
@Command(name = "lawful", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validates, inspects and generates lawful-access ecosystem models (.lawful files).",
        subcommands = { ValidateCommand.class, RulesCommand.class, ExplainCommand.class, InfoCommand.class,
                GenerateCommand.class, RoutesCommand.class },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = { ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.USAGE_OR_INPUT, ExitCodes.INTERNAL_ERROR })
public final class LawfulCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    private boolean debug;

    /** Inherited, so it may stand before or after the subcommand; a setter so each copy sets this one value. */
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an internal error, print the stack trace too.")
    void setDebug(boolean debug) {
        this.debug |= debug;
    }

    /** @return whether {@code --debug} was given */
    public boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command."); //$NON-NLS-1$
    }
}
