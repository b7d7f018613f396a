package dev.bulwark.cli.plan;

import dev.bulwark.plan.Plan;
import java.io.PrintWriter;

/** The renderers {@code plan --format} can pick. */
enum PlanFormat {
    text {
        @Override
        void render(Plan plan, PrintWriter out) {
            new PlanTextRenderer().render(plan, out);
        }
    },
    json {
        @Override
        void render(Plan plan, PrintWriter out) {
            new PlanJsonRenderer().render(plan, out);
        }
    };

    abstract void render(Plan plan, PrintWriter out);
}
