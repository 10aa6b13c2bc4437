/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.cli.internal.LawfulCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * An internal error exits with {@link Main#INTERNAL_ERROR}, says in one line that it is a bug and
 * where the log is, and prints the trace only with {@code --debug}. No shipped command fails on
 * purpose, so the test adds one to the real command line; the handling under test is the shipped one.
 */
class InternalErrorTest {

    private static final Pattern LOG = Pattern.compile("the stack trace is in (\\S+lawful-\\S+\\.log)"); //$NON-NLS-1$

    /** Fails the way a bug does, with a message of several lines. */
    @Command(name = "fail")
    static final class FailingCommand implements Callable<Integer> {

        private final Supplier<Throwable> failure;

        FailingCommand(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable thrown = failure.get();
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (Exception) thrown;
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Supplier<Throwable> failure, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        LawfulCommand top = new LawfulCommand();
        CommandLine commandLine = Main.commandLine(top, outWriter, errWriter);
        commandLine.addSubcommand(new FailingCommand(failure));
        int code = Main.execute(commandLine, top, args, outWriter, errWriter);
        return new Run(code, out.toString(), err.toString());
    }

    /** @return the log file the one-line report names, after checking it holds the trace; deleted */
    private static String logOf(Run run) throws Exception {
        Matcher matcher = LOG.matcher(run.err());
        assertTrue(matcher.find(), run.err());
        Path log = Path.of(matcher.group(1).replaceAll("\\)$", "")); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void anUnexpectedExceptionIsOneLineNamingTheLogAndExitsThree() throws Exception {
        Run run = run(() -> new IllegalStateException("index out of step\nsecond line"), "fail"); //$NON-NLS-1$ //$NON-NLS-2$
        String log = logOf(run);
        assertAll(() -> assertEquals(Main.INTERNAL_ERROR, run.exitCode(), run.err()),
                () -> assertEquals(1, run.err().lines().count(), run.err()),
                () -> assertTrue(run.err().contains("bug"), run.err()), //$NON-NLS-1$
                () -> assertTrue(run.err().contains("java.lang.IllegalStateException: index out of step"), run.err()), //$NON-NLS-1$
                () -> assertFalse(run.err().contains("second line"), run.err()), //$NON-NLS-1$
                () -> assertFalse(run.err().contains("\tat "), run.err()), //$NON-NLS-1$
                () -> assertTrue(log.contains("IllegalStateException: index out of step"), log), //$NON-NLS-1$
                () -> assertTrue(log.contains("\tat " + FailingCommand.class.getName()), log)); //$NON-NLS-1$
    }

    @Test
    void anErrorIsReportedTheSameWay() throws Exception {
        Run run = run(() -> new NoClassDefFoundError("org/eclipse/emf/ecore/EObject"), "fail"); //$NON-NLS-1$ //$NON-NLS-2$
        String log = logOf(run);
        assertAll(() -> assertEquals(Main.INTERNAL_ERROR, run.exitCode(), run.err()),
                () -> assertEquals(1, run.err().lines().count(), run.err()),
                () -> assertTrue(run.err().contains("java.lang.NoClassDefFoundError: org/eclipse/emf/ecore/EObject"), run.err()), //$NON-NLS-1$
                () -> assertFalse(run.err().contains("ExecutionException"), run.err()), //$NON-NLS-1$
                () -> assertTrue(log.contains("\tat " + FailingCommand.class.getName()), log)); //$NON-NLS-1$
    }

    @Test
    void debugAfterOrBeforeTheCommandPrintsTheTrace() throws Exception {
        for (String[] args : new String[][] { { "fail", "--debug" }, { "--debug", "fail" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Run run = run(() -> new IllegalArgumentException("bad"), args); //$NON-NLS-1$
            logOf(run);
            assertAll(String.join(" ", args), () -> assertEquals(Main.INTERNAL_ERROR, run.exitCode(), run.err()), //$NON-NLS-1$
                    () -> assertTrue(run.err().contains("\tat " + FailingCommand.class.getName()), run.err())); //$NON-NLS-1$
        }
    }

    @Test
    void aUserErrorStillExitsTwoWithoutALog() {
        Run run = run(() -> new UserError("model.lawful: the file does not exist"), "fail"); //$NON-NLS-1$ //$NON-NLS-2$
        assertAll(() -> assertEquals(Main.USAGE_OR_INPUT, run.exitCode(), run.err()),
                () -> assertEquals("lawful: model.lawful: the file does not exist", run.err().strip()), //$NON-NLS-1$
                () -> assertFalse(LOG.matcher(run.err()).find(), run.err()));
    }

    @Test
    void theHelpListsTheExitCodes() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] { "--help" }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)); //$NON-NLS-1$
        String help = out.toString();
        assertAll(() -> assertEquals(Main.OK, code),
                () -> assertTrue(help.contains("Exit codes:"), help), //$NON-NLS-1$
                () -> assertTrue(help.matches("(?s).*\\s0\\s+clean.*\\s1\\s+findings.*\\s2\\s+a usage or input error.*\\s3\\s+an internal error.*"), help), //$NON-NLS-1$
                () -> assertTrue(help.contains("--debug"), help)); //$NON-NLS-1$
    }
}
