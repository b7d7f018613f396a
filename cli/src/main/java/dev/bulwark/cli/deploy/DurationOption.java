package dev.bulwark.cli.deploy;

import dev.bulwark.verify.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/** {@code --certificate-wait 15m}, {@code 30s}, {@code PT1H}: the same forms as verify's {@code --timeout}. */
public final class DurationOption implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
