/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli;

import java.io.PrintWriter;

import org.lawfulaccess.cli.internal.LawfulCommand;

import picocli.CommandLine;

/**
 * Entry point of the {@code lawful} command line, on a plain class path or inside OSGi.
 * <p>
 * Exit codes: {@value #OK} clean, {@value #FINDINGS} findings at or above the failure threshold,
 * {@value #USAGE_OR_INPUT} a usage or input error, explained on standard error without a stack trace.
 */
public final class Main {

    /** The run succeeded and found nothing at or above the failure threshold. */
    public static final int OK = 0;
    /** The run found something at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** The command line or an input file was wrong; standard error says what. */
    public static final int USAGE_OR_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments, without the program name
     * @param out where results go
     * @param err where problems and progress go
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LawfulCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("lawful: " + ex.getMessage()); //$NON-NLS-1$
            ex.getCommandLine().usage(err);
            return USAGE_OR_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserError userError) {
                err.println("lawful: " + userError.getMessage()); //$NON-NLS-1$
                return USAGE_OR_INPUT;
            }
            throw ex;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
