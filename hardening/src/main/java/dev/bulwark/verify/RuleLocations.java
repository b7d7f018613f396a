package dev.bulwark.verify;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which blueprint field governs a finding, so SARIF can point a live finding at the line that caused it. The
 * mapping is data, here and nowhere else; the first matching row wins.
 */
public final class RuleLocations {

    /**
     * @param rule  a rule id, or a prefix ending in {@code *}
     * @param port  only for findings about this TCP port (read from a {@code host:port} target or "port N" evidence)
     * @param field dotted blueprint path, as {@link BlueprintSource#locate} takes it
     */
    record Row(String rule, OptionalInt port, String field) {
        boolean matches(Finding finding) {
            boolean ruleMatches = rule.endsWith("*") ? finding.ruleId().startsWith(rule.substring(0, rule.length() - 1))
                    : finding.ruleId().equals(rule);
            return ruleMatches && (port.isEmpty() || portOf(finding).equals(port));
        }
    }

    static final List<Row> ROWS = List.of(
            // The certificate is issued for the blueprint's domain; protocols and ciphers follow its TLS policy.
            new Row("TLS_CERT_*", OptionalInt.empty(), "domain.name"),
            new Row("TLS_*", OptionalInt.empty(), "tls.policy"),
            new Row("HTTP_NO_HTTPS_REDIRECT", OptionalInt.empty(), "tls.httpsRedirect"),
            new Row("GATEWAY_VULNERABLE_VERSION", OptionalInt.empty(), "agent.version"),
            new Row("GATEWAY_VERSION_UNPINNED", OptionalInt.empty(), "agent.version"),
            new Row("GATEWAY_PORT_EXPOSED", OptionalInt.empty(), "agent.port"),
            // The one allowed Origin is https://<domain.name>.
            new Row("GATEWAY_ORIGIN_NOT_ENFORCED", OptionalInt.empty(), "domain.name"),
            new Row("GATEWAY_CROSS_ORIGIN_WS", OptionalInt.empty(), "domain.name"),
            new Row("GATEWAY_UNAUTHENTICATED", OptionalInt.empty(), "secrets.gatewayToken"),
            new Row("GATEWAY_API_UNAUTHENTICATED", OptionalInt.empty(), "secrets.gatewayToken"),
            new Row("PORT_UNEXPECTED_OPEN", OptionalInt.of(22), "admin.sshCidrs"),
            new Row("PORT_UNEXPECTED_OPEN", OptionalInt.of(Expectations.DEFAULT_GATEWAY_PORT), "agent.port"));

    private static final Pattern HOST_PORT = Pattern.compile(":(\\d{1,5})$");
    private static final Pattern PORT_WORD = Pattern.compile("\\bport (\\d{1,5})\\b");

    private RuleLocations() {
    }

    /** The dotted blueprint path that governs {@code finding}, if one does. */
    public static Optional<String> governingField(Finding finding) {
        return ROWS.stream().filter(row -> row.matches(finding)).map(Row::field).findFirst();
    }

    /** For docs: the fields that can govern {@code ruleId}, e.g. {@code admin.sshCidrs (port 22)}. */
    public static List<String> fieldsFor(String ruleId) {
        List<Row> exact = ROWS.stream().filter(row -> row.rule().equals(ruleId)).toList();
        List<Row> rows = !exact.isEmpty() ? exact : ROWS.stream()
                .filter(row -> row.rule().endsWith("*")
                        && ruleId.startsWith(row.rule().substring(0, row.rule().length() - 1)))
                .limit(1).toList();
        return rows.stream()
                .map(row -> row.field() + (row.port().isPresent() ? " (port " + row.port().getAsInt() + ")" : ""))
                .toList();
    }

    /**
     * Where to point {@code finding}: the governing blueprint field, else the target's entry in a targets file,
     * else the blueprint's first line; empty when the target came from the command line without a blueprint.
     */
    public static Optional<SourceLocation> locate(Finding finding, TargetSpec spec) {
        Optional<String> field = governingField(finding);
        if (spec.blueprint().isPresent() && field.isPresent()) {
            return Optional.of(spec.blueprint().get().locate(field.get()));
        }
        if (spec.declaredAt().isPresent()) {
            return spec.declaredAt();
        }
        return spec.blueprint().map(source -> source.locate(""));
    }

    static OptionalInt portOf(Finding finding) {
        Matcher m = HOST_PORT.matcher(finding.target());
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = PORT_WORD.matcher(finding.evidence());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
