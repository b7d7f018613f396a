package dev.bulwark.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * OpenClaw's own {@code openclaw security audit --json}, run as the agent's user, with each of its findings mapped
 * into our severities (critical → critical, warn → medium, info → info). It sees the agent's configuration, which
 * no outside probe can; bulwark adds the network and the host around it.
 */
public final class OpenClawAuditCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_OPENCLAW_AUDIT", Severity.MEDIUM,
            "OpenClaw's own security audit reports a problem",
            "openclaw security audit, run on the host as the agent's user, reported a finding about the agent's "
                    + "configuration (bind, auth, origins, tools, channels). The finding's severity is OpenClaw's, "
                    + "mapped into bulwark's scale.",
            "Follow the remediation OpenClaw prints for the check id (openclaw security audit), then re-run the "
                    + "audit.",
            List.of("docs/ssh-audit.md#host-audit", "https://docs.openclaw.ai/gateway/security"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PASSING = Set.of("ok", "pass", "passed", "none");
    private static final int MAX_FINDINGS = 200;

    @Override
    public String id() {
        return "openclaw-audit";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.root("command -v openclaw >/dev/null || exit 127; runuser -u "
                + ShellQuote.quote(layout.agentUser()) + " -- openclaw security audit --json");
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.exitStatus() == CommandResult.NOT_FOUND && !result.timedOut()) {
            return new CheckResult.Checked(List.of(new Finding(RULE.id(), Severity.INFO, context.target(),
                    "OpenClaw's own audit did not run", "openclaw is not installed on the host (or not on PATH), "
                            + "so its security audit could not run", RULE.remediation(), RULE.references())));
        }
        if (result.timedOut()) {
            return new CheckResult.NotChecked("openclaw security audit did not finish before its deadline");
        }
        if (result.truncated()) {
            return new CheckResult.NotChecked("openclaw security audit printed more than the output cap");
        }
        JsonNode root;
        try {
            int start = firstJson(result.stdout());
            if (start < 0) {
                return new CheckResult.NotChecked(result.problem("openclaw security audit")
                        .orElse("openclaw security audit printed no JSON"));
            }
            root = JSON.readTree(result.stdout().substring(start));
        } catch (JsonProcessingException e) {
            return new CheckResult.NotChecked("openclaw security audit printed JSON bulwark cannot read");
        }
        JsonNode items = root.isArray() ? root : first(root, "findings", "checks", "results", "issues");
        if (items == null || !items.isArray()) {
            return new CheckResult.NotChecked("openclaw security audit JSON has no findings array");
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode item : items) {
            if (findings.size() >= MAX_FINDINGS || !item.isObject()) {
                continue;
            }
            String level = text(item, "severity", "level", "status").toLowerCase(Locale.ROOT);
            if (PASSING.contains(level)) {
                continue;
            }
            String checkId = text(item, "checkId", "id", "check", "code");
            String title = text(item, "title", "message", "summary", "detail");
            String fix = text(item, "remediation", "fix", "recommendation");
            findings.add(new Finding(RULE.id(), severity(level), context.target(),
                    "OpenClaw audit: " + Untrusted.text(title.isEmpty() ? checkId : title, 160),
                    Untrusted.text(checkId.isEmpty() ? "(no check id)" : checkId, 100) + " [" + Untrusted.text(level, 20)
                            + "]" + (title.isEmpty() ? "" : ": " + Untrusted.text(title, 300)),
                    fix.isEmpty() ? RULE.remediation() : Untrusted.text(fix, 400), RULE.references()));
        }
        return new CheckResult.Checked(findings);
    }

    /** OpenClaw's levels into ours; an unknown level is medium, never dropped. */
    static Severity severity(String level) {
        return switch (level) {
            case "critical" -> Severity.CRITICAL;
            case "high", "error" -> Severity.HIGH;
            case "warn", "warning", "medium" -> Severity.MEDIUM;
            case "low" -> Severity.LOW;
            case "info", "note" -> Severity.INFO;
            default -> Severity.MEDIUM;
        };
    }

    private static int firstJson(String text) {
        int brace = text.indexOf('{');
        int bracket = text.indexOf('[');
        if (brace < 0) {
            return bracket;
        }
        return bracket < 0 ? brace : Math.min(brace, bracket);
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            if (node.has(name)) {
                return node.get(name);
            }
        }
        return null;
    }

    private static String text(JsonNode node, String... names) {
        JsonNode value = first(node, names);
        return value != null && value.isValueNode() ? value.asText() : "";
    }
}
