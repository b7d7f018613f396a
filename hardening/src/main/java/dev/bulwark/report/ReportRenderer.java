package dev.bulwark.report;

import dev.bulwark.verify.VerifyReport;
import java.io.PrintWriter;

/** Turns a verify report into one output format; the same report feeds every renderer. */
public interface ReportRenderer {
    void render(VerifyReport report, PrintWriter out);
}
