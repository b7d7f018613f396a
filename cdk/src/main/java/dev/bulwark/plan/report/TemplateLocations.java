package dev.bulwark.plan.report;

import dev.bulwark.blueprint.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a plan finding points: the line of its resource in the synthesized template (the key
 * {@code "LogicalId": {}), so SARIF viewers open the template at that resource. Findings that name no resource
 * (a secret found in the template file itself) point at the template's first line.
 */
final class TemplateLocations {
    /** Finding targets read {@code Stack/Construct/Resource (LogicalId)}, optionally followed by a detail. */
    private static final Pattern LOGICAL_ID = Pattern.compile("\\(([A-Za-z0-9]+)\\)");

    private final Path template;
    private final List<String> lines;

    private TemplateLocations(Path template, List<String> lines) {
        this.template = template;
        this.lines = lines;
    }

    /** Reads {@code template}; an unreadable one yields no line numbers, only the file. */
    static TemplateLocations of(Path template) {
        try {
            return new TemplateLocations(template, Files.readAllLines(template, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new TemplateLocations(template, List.of());
        }
    }

    SourceLocation locate(String findingTarget) {
        Matcher m = LOGICAL_ID.matcher(findingTarget);
        if (m.find()) {
            Optional<SourceLocation> key = keyOf(m.group(1));
            if (key.isPresent()) {
                return key.get();
            }
        }
        return new SourceLocation(template, 1, 1);
    }

    private Optional<SourceLocation> keyOf(String logicalId) {
        String key = "\"" + logicalId + "\":";
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(key);
            if (column >= 0) {
                return Optional.of(new SourceLocation(template, i + 1, column + 1));
            }
        }
        return Optional.empty();
    }
}
