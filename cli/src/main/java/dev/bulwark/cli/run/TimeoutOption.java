package dev.bulwark.cli.run;

import dev.bulwark.cli.verify.Converters;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * {@code --timeout}, the same on every command that talks to AWS or a host: a bare number is seconds
 * ({@code 5} = 5 s), or {@code 90s}, {@code 2m}, {@code 1h30m}. It bounds the whole run. Each command states its
 * default with {@link DefaultTimeout}; {@link BulwarkDefaults} shows it in {@code --help}.
 */
public final class TimeoutOption {
    public static final String NAME = "--timeout";

    @Option(names = NAME, paramLabel = "DURATION", converter = Converters.DurationOption.class,
            description = "Bound for the whole run: a number is seconds (5 = 5 s), or 90s, 2m, 1h30m "
                    + "(default: ${DEFAULT-VALUE}). After a few seconds of waiting, stderr says what for.")
    private Duration timeout;

    /** The bound: the option, else the command's {@link DefaultTimeout} (picocli fills it in either way). */
    public Duration get() {
        return timeout;
    }
}
