package dev.bulwark.cli.deploy;

import dev.bulwark.cli.verify.Converters;
import picocli.CommandLine.ITypeConverter;

import java.time.Duration;

/**
 * {@code --certificate-wait 15m}, {@code 30s}, {@code PT1H}: the same forms as {@code --timeout}, by the same
 * converter ({@link Converters.DurationOption}); kept under this name for the deploy-side options.
 */
public final class DurationOption implements ITypeConverter<Duration> {
    private final Converters.DurationOption durations = new Converters.DurationOption();

    @Override
    public Duration convert(String value) {
        return durations.convert(value);
    }
}
