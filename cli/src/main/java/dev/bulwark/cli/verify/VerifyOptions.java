package dev.bulwark.cli.verify;

import dev.bulwark.findings.Severity;
import dev.bulwark.report.ReportFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The verify command line as parsed, before any file is read. */
record VerifyOptions(Optional<String> url, Optional<String> host, Optional<Path> blueprint, Optional<Path> targets,
                     Optional<Path> caFile, Optional<Path> waivers, ReportFormat format, Optional<Path> output,
                     Severity failOn, Duration timeout, Optional<String> ssh) {
}
