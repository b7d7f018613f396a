package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.release.ReleaseIdentification;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A gateway release with published advisories is one finding that lists every advisory that applies (all ids, CVE
 * and GHSA), at the severity of the worst. The release comes from a version the gateway shows, else from its
 * Control UI page matched against the release-fingerprint table (several candidates: what applies to all of them
 * applies, the rest "may apply"), else from its brand: a Clawdbot or Moltbot build predates the rename.
 * The evidence's first line says the counts by severity and the worst few; each further line is one advisory.
 */
final class VulnerableVersionCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_VULNERABLE_VERSION", Severity.CRITICAL,
            "Gateway runs a release with published advisories",
            "The release comes from what the gateway shows (build id, config endpoint, health body, headers), else"
                    + " it is recognised from the Control UI page it serves anyway: the content-hashed asset names"
                    + " (entry script assets/index-<hash>.js, then the whole asset list) and build id, matched against"
                    + " the release-fingerprint table made from every npm release of openclaw, clawdbot and moltbot"
                    + " (docs/release-fingerprints.md), with no extra request. Several releases serving the same page"
                    + " are reported as a range: what applies to all of them applies, the rest 'may apply'; an"
                    + " extended-stable release (.33+) whose backport is not recorded 'may apply (extended-stable)'"
                    + " one severity lower. The finding lists every applicable advisory id (CVE and GHSA), counts by"
                    + " severity and the worst few first, and takes the severity of the worst as seen from outside.",
            "Upgrade the agent to the pinned release (at least the newest fixed version listed) and redeploy.",
            List.of("https://github.com/openclaw/openclaw/security/advisories"));
    /** How many advisories the first evidence line names. */
    static final int WORST_FEW = 3;

    private final AdvisoryCatalog catalog;
    private final ReleaseRecognizer recognizer;

    VulnerableVersionCheck(AdvisoryCatalog catalog, ReleaseRecognizer recognizer) {
        super(RULE);
        this.catalog = catalog;
        this.recognizer = recognizer;
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        Fingerprint fingerprint = observation.fingerprint();
        Optional<AgentVersion> version = fingerprint.version();
        Optional<ReleaseIdentification> release = version.isPresent() ? Optional.empty()
                : recognizer.recognize(observation).filter(r -> !r.versions().isEmpty());
        List<ApplicableAdvisories.Hit> hits;
        String subject;
        if (version.isPresent()) {
            hits = ApplicableAdvisories.forCandidates(catalog, List.of(version.get()));
            subject = "release " + version.get() + " (seen in " + fingerprint.sightings().get(0).where() + ")";
        } else if (release.isPresent()) {
            hits = ApplicableAdvisories.forCandidates(catalog, release.get().versions());
            subject = "release " + release.get().describe() + " (identified by the " + release.get().signal() + ")";
        } else if (fingerprint.brand().filter(Brand::predatesRename).isPresent()) {
            hits = ApplicableAdvisories.certain(catalog.affectingEveryReleaseBefore(Brand.RENAMED_IN));
            subject = "a " + fingerprint.brand().get().displayName() + "-branded build (hides its version; the"
                    + " brand predates " + Brand.RENAMED_IN + ")";
        } else {
            return List.of();
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        Severity worst = hits.get(0).severity();
        String summary = subject + " is affected by " + hits.size() + " advisor" + (hits.size() == 1 ? "y" : "ies")
                + " (" + countsBySeverity(hits) + "); worst: " + String.join(", ", hits.stream().limit(WORST_FEW)
                .map(h -> h.advisory().label()).toList());
        String remediation = hits.stream().flatMap(h -> h.advisory().fixed().stream()).max(Comparator.naturalOrder())
                .map(f -> "Upgrade the agent to " + f + " or later (ideally the pinned release) and redeploy.")
                .orElse(RULE.remediation());
        List<String> references = hits.stream().flatMap(h -> h.advisory().references().stream()).distinct().toList();
        return List.of(new Finding(RULE.id(), worst, target.name(), RULE.title(), Finding.evidenceWithDetails(summary,
                hits.stream().map(ApplicableAdvisories.Hit::line).toList()),
                remediation, references));
    }

    private static String countsBySeverity(List<ApplicableAdvisories.Hit> hits) {
        return hits.stream().collect(Collectors.groupingBy(ApplicableAdvisories.Hit::severity,
                        () -> new java.util.TreeMap<Severity, Long>(Comparator.reverseOrder()), Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }
}
