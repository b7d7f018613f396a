package dev.bulwark.plan.report;

import dev.bulwark.plan.Plan;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportRenderer;

/**
 * The renderer for {@code plan --format}: text and JSON add the plan's own sections (resources, firewall or
 * containers, TLS, secrets, cost) around the shared findings; SARIF and JUnit are verify's renderers unchanged.
 */
public final class PlanRenderers {
    private PlanRenderers() {
    }

    public static ReportRenderer forFormat(Plan plan, ReportFormat format, RenderOptions options) {
        return switch (format) {
            case TEXT -> new PlanTextRenderer(plan, options.color());
            case JSON -> new PlanJsonRenderer(plan);
            default -> format.renderer(options);
        };
    }
}
