package dev.bulwark.cli.discover;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --ports 18789,443,8000-8010}: ports and ranges, comma-separated (discover, and verify's --host scan). */
public final class PortsOption implements ITypeConverter<List<Integer>> {
    @Override
    public List<Integer> convert(String value) {
        List<Integer> ports = new ArrayList<>();
        for (String part : value.split(",")) {
            String[] range = part.trim().split("-", -1);
            try {
                int from = Integer.parseInt(range[0].trim());
                int to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
                if (range.length > 2 || from < 1 || to > 65535 || to < from) {
                    throw new NumberFormatException();
                }
                for (int p = from; p <= to; p++) {
                    if (!ports.contains(p)) {
                        ports.add(p);
                    }
                }
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + part.trim() + "' is not a port or range of ports 1-65535; "
                        + "e.g. --ports 18789,443,8000-8010");
            }
        }
        return List.copyOf(ports);
    }
}
