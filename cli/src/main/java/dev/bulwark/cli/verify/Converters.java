package dev.bulwark.cli.verify;

import dev.bulwark.report.ReportFormat;
import dev.bulwark.verify.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for verify's (and audit-host's) options; each error names the accepted forms. */
public final class Converters {
    private Converters() {
    }

    /** {@code --timeout 30s}, {@code 2m}, {@code PT45S}. */
    public static final class DurationOption implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --format sarif}, any case. */
    public static final class FormatOption implements ITypeConverter<ReportFormat>, Iterable<String> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a report format; use one of " + String.join(", ", this)));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
        }
    }
}
