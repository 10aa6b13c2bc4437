/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.lawfulaccess.cli.internal.LawfulCommand;
import org.lawfulaccess.cli.internal.report.Messages;
import org.lawfulaccess.validation.internal.CodeLocations;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;

/**
 * Entry point of the {@code lawful} command line, on a plain class path or inside OSGi.
 * <p>
 * Exit codes: {@value #OK} clean, {@value #FINDINGS} findings at or above the failure threshold,
 * {@value #USAGE_OR_INPUT} a usage or input error, explained on standard error without a stack trace,
 * {@value #INTERNAL_ERROR} an internal error (a bug), told in one line that names the log file holding
 * the stack trace; {@code --debug} prints the trace on standard error as well.
 */
public final class Main {

    /** The run succeeded and found nothing at or above the failure threshold. */
    public static final int OK = 0;
    /** The run found something at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** The command line or an input file was wrong; standard error says what. */
    public static final int USAGE_OR_INPUT = 2;
    /** Something failed that should not have: a bug; the stack trace is in a log file. */
    public static final int INTERNAL_ERROR = 3;

    /** Longest exception message quoted in the one-line report; the log keeps it whole. */
    private static final int MAX_MESSAGE = 200;

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
        LawfulCommand top = new LawfulCommand();
        return execute(commandLine(top, out, err), top, args, out, err);
    }

    /** @return the {@code lawful} command line on {@code top}, with its error handling, writing to these streams */
    static CommandLine commandLine(LawfulCommand top, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(top);
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
            return internalError(ex, err, top.debug());
        });
        return commandLine;
    }

    /**
     * Runs {@code commandLine}. Picocli hands only exceptions to the execution handler; an
     * {@link Error} thrown by a command (a missing class, a stack overflow) leaves
     * {@link CommandLine#execute} and is caught here, so that no trace reaches the user either way.
     */
    static int execute(CommandLine commandLine, LawfulCommand top, String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error ex) {
            code = internalError(ex, err, top.debug());
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line for the user; the trace goes to a log file, and with {@code --debug} to standard error too. */
    private static int internalError(Throwable thrown, PrintWriter err, boolean debug) {
        // Picocli wraps an Error in its ExecutionException; the user wants to read the Error.
        Throwable ex = thrown instanceof ExecutionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        String where;
        try {
            Path log = Files.createTempFile("lawful-", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
            Files.writeString(log, Instant.now() + " lawful " + version() + System.lineSeparator() + trace, //$NON-NLS-1$
                    StandardCharsets.UTF_8);
            where = Messages.format("cli.log", log); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            where = Messages.format("cli.noLog", oneLine(String.valueOf(e.getMessage()))); //$NON-NLS-1$
        }
        String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getClass().getName() + ": " + oneLine(ex.getMessage()); //$NON-NLS-1$
        err.println("lawful: " + Messages.format("cli.internalError", message, where)); //$NON-NLS-1$ //$NON-NLS-2$
        if (debug) {
            err.print(trace);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** @return the first line of {@code text}, cut to {@link #MAX_MESSAGE} characters */
    private static String oneLine(String text) {
        String line = text.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "..."; //$NON-NLS-1$
    }

    private static String version() {
        try {
            return CodeLocations.manifestAttribute(Main.class, "Bundle-Version").orElse("(development build)"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException | LinkageError e) {
            return "(version unknown)"; //$NON-NLS-1$
        }
    }
}
