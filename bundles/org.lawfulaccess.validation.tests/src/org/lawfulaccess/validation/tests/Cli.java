package org.lawfulaccess.validation.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.cli.internal.ExplainCommand;
import org.lawfulaccess.cli.internal.LawfulCommand;
import org.lawfulaccess.cli.internal.RulesCommand;
import org.lawfulaccess.cli.internal.ValidateCommand;

import picocli.CommandLine;

/**
 * Runs the command line in-process. Uses {@link Main#run} once the validation subcommands are
 * listed in {@link LawfulCommand}; until then it adds them to the same handlers here.
 */
final class Cli {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        CommandLine probe = new CommandLine(new LawfulCommand());
        int code;
        if (probe.getSubcommands().containsKey("validate")) {
            code = Main.run(args, o, e);
        } else {
            probe.addSubcommand(new ValidateCommand()).addSubcommand(new RulesCommand()).addSubcommand(new ExplainCommand());
            probe.setOut(o);
            probe.setErr(e);
            probe.setParameterExceptionHandler((ex, arguments) -> {
                e.println("lawful: " + ex.getMessage());
                return Main.USAGE_OR_INPUT;
            });
            probe.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                if (ex instanceof UserError userError) {
                    e.println("lawful: " + userError.getMessage());
                    return Main.USAGE_OR_INPUT;
                }
                throw ex;
            });
            code = probe.execute(args);
        }
        o.flush();
        e.flush();
        return new Result(code, out.toString(), err.toString());
    }
}
