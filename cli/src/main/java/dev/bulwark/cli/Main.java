package dev.bulwark.cli;

import java.io.PrintWriter;
import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.cli.config.ConfigOption;
import dev.bulwark.cli.run.BulwarkDefaults;
import picocli.CommandLine;

/**
 * Entry point. The only place that calls {@link System#exit}; exceptions become exit codes here, with one
 * message and no stack trace for anything the user can fix.
 */
public final class Main {
    static final int HELP_WIDTH = 100;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /**
     * Same, with a factory that builds the commands: tests use it to hand a command its test doubles (e.g. verify
     * probes aimed at loopback servers) while still going through the real parsing and exit-code mapping.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cmd = commandLine(out, err, factory);
        try {
            cmd.setDefaultValueProvider(new BulwarkDefaults(ConfigOption.load(args)));
        } catch (SourceFileException e) {
            err.println("bulwark: " + e.getMessage());
            err.flush();
            return Failures.exitCode(e).code();
        }
        return cmd.execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CommandLine.defaultFactory());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cmd = new CommandLine(new BulwarkCommand(), factory);
        cmd.setDefaultValueProvider(new BulwarkDefaults());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(ex -> Failures.exitCode(ex).code());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = Failures.debugRequested(System.getenv(Failures.DEBUG_ENV));
            commandLine.getErr().println("bulwark: " + Failures.message(ex, debug, commandLine.getErr()));
            commandLine.getErr().flush();
            return Failures.exitCode(ex).code();
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("bulwark: " + ex.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            failed.getErr().flush();
            return ExitCode.USAGE.code();
        });
        cmd.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpLines());
        cmd.setUsageHelpWidth(HELP_WIDTH); // every command's --help wraps at the same width
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpLines());
        }
        return cmd;
    }
}
