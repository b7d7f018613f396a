package dev.bulwark.cli;

import dev.bulwark.findings.Severity;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --fail-on high} (any case) into a {@link Severity}, listing the choices when it is wrong. */
public final class SeverityOption implements ITypeConverter<Severity>, Iterable<String> {
    @Override
    public Severity convert(String value) {
        return Severity.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a severity; use one of " + String.join(", ", this)));
    }

    /** Completion candidates and the list shown in --help. */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Severity.values()).map(Severity::label).iterator();
    }
}
