package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.Advisory;
import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.VerifyTarget;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A gateway release with published advisories is one finding that lists every advisory that applies, at the
 * severity of the worst. A hidden version is judged by its brand: a Clawdbot or Moltbot build predates the
 * rename, so every advisory fixed at or after the rename applies.
 */
final class VulnerableVersionCheck implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_VULNERABLE_VERSION", Severity.CRITICAL,
            "Gateway runs a release with published advisories",
            "The gateway's release is older than the fix of one or more published advisories; the finding lists"
                    + " them and takes the severity of the worst.",
            "Upgrade the agent to the pinned release (at least the newest fixed version listed) and redeploy.",
            List.of("https://github.com/openclaw/openclaw/security/advisories"));

    private final AdvisoryCatalog catalog;

    VulnerableVersionCheck(AdvisoryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        Fingerprint fingerprint = observation.fingerprint();
        Optional<AgentVersion> version = fingerprint.version();
        List<Advisory> advisories;
        String subject;
        if (version.isPresent()) {
            advisories = catalog.affecting(version.get());
            subject = "release " + version.get() + " (seen in " + fingerprint.sightings().get(0).where() + ")";
        } else if (fingerprint.brand().filter(Brand::predatesRename).isPresent()) {
            advisories = catalog.affectingEveryReleaseBefore(Brand.RENAMED_IN);
            subject = "a " + fingerprint.brand().get().displayName() + "-branded build (hides its version; the"
                    + " brand predates " + Brand.RENAMED_IN + ")";
        } else {
            return List.of();
        }
        if (advisories.isEmpty()) {
            return List.of();
        }
        Severity worst = advisories.stream().map(Advisory::severity).max(Comparator.naturalOrder()).orElseThrow();
        AgentVersion fixedIn = advisories.stream().map(Advisory::fixed).max(Comparator.naturalOrder()).orElseThrow();
        String evidence = subject + " is affected by " + advisories.size() + " advisor"
                + (advisories.size() == 1 ? "y" : "ies") + ": " + String.join("; ", advisories.stream()
                .map(a -> a.label() + " [" + a.severity().label() + ", fixed in " + a.fixed() + "] " + a.summary())
                .toList());
        String remediation = "Upgrade the agent to " + fixedIn + " or later (ideally the pinned release) and"
                + " redeploy.";
        List<String> references = advisories.stream().flatMap(a -> a.references().stream()).distinct().toList();
        return List.of(new Finding(RULE.id(), worst, target.name(), RULE.title(), evidence, remediation,
                references));
    }
}
