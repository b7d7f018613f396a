package dev.bulwark.cli.verify;

import dev.bulwark.cli.Main;
import dev.bulwark.verify.Probe;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;

/**
 * {@code bulwark ...} through {@link Main} with verify's probes chosen by the test (aimed at loopback servers) and
 * no blueprint reader; stdout and stderr kept per run.
 */
final class VerifyCli {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Clock clock;

    VerifyCli(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code args} (the command name first), clearing what the last run printed. */
    int run(List<Probe> probes, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == VerifyCommand.class) {
                    return type.cast(new VerifyCommand(probes, file -> {
                        throw new AssertionError("no blueprint expected");
                    }, () -> false, clock));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
    }
}
