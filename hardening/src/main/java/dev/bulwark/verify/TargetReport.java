package dev.bulwark.verify;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the run learned about one deployment: each probe's result, the findings (waived ones included and
 * marked), and how long it took.
 *
 * @param findings probe findings after waivers, plus one {@code TARGET_UNREACHABLE}/{@code PROBE_INTERNAL_ERROR}
 *                 finding per probe that could not look
 */
public record TargetReport(String name, URI url, Optional<String> host, Optional<Path> blueprint,
                           List<ProbeResult> probes, List<ReportedFinding> findings, Duration duration) {

    public TargetReport {
        probes = probes.stream().sorted(Comparator.comparing(ProbeResult::probeId)).toList();
        findings = findings.stream().sorted(ReportedFinding.REPORT_ORDER).toList();
    }

    /** True only when at least one probe ran and every probe could look. */
    public boolean checked() {
        return !probes.isEmpty() && probes.stream().allMatch(ProbeResult::checked);
    }

    /** Every rule evaluated on this target, sorted. */
    public List<String> rulesChecked() {
        TreeSet<String> ids = new TreeSet<>();
        probes.forEach(p -> ids.addAll(p.rulesChecked()));
        return List.copyOf(ids);
    }

    /** One line per probe that could not look, e.g. {@code tls: timed out after 30s}. */
    public List<String> notCheckedReasons() {
        if (probes.isEmpty()) {
            return List.of("no probe applies to this target");
        }
        return probes.stream().filter(p -> !p.checked())
                .map(p -> p.probeId() + ": " + p.reason().orElse(p.status().name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
