package dev.bulwark.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report formats, found by the name users type ({@code --format sarif}). */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, HTML;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ReportRenderer renderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextReportRenderer(options.color(), options.verbosity());
            case JSON -> new JsonReportRenderer();
            case SARIF -> new SarifReportRenderer(options.baseDirectory());
            case JUNIT -> new JunitReportRenderer(options.failOn());
            case HTML -> new HtmlReportRenderer();
        };
    }

    public static Optional<ReportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
