package dev.bulwark.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleLocationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "TLS_LEGACY_PROTOCOL        | https://a.example.com/ | TLS 1.0 accepted           | tls.policy",
        "TLS_CERT_HOSTNAME_MISMATCH | https://a.example.com/ | cert for b.example.com     | domain.name",
        "TLS_CERT_EXPIRING          | https://a.example.com/ | expires in 5 days          | domain.name",
        "GATEWAY_VERSION_UNPINNED   | https://a.example.com/ | latest                     | agent.version",
        "GATEWAY_VERSION_DISCLOSED  | https://a.example.com/ | 2026.9.6 in a header       | -",
        "GATEWAY_ORIGIN_NOT_ENFORCED | https://a.example.com/ | Origin evil.example        | domain.name",
        "HTTP_NO_HTTPS_REDIRECT     | http://a.example.com/  | 200 on plain HTTP          | tls.httpsRedirect",
        "GATEWAY_VULNERABLE_VERSION | https://a.example.com/ | 2026.1.0 < 2026.9.6        | agent.version",
        "GATEWAY_PORT_EXPOSED       | 203.0.113.10:18789     | gateway answered           | agent.port",
        "PORT_UNEXPECTED_OPEN       | 203.0.113.10:22        | accepted a TCP connection  | admin.sshCidrs",
        "PORT_UNEXPECTED_OPEN       | 203.0.113.10           | port 22 accepted           | admin.sshCidrs",
        "PORT_UNEXPECTED_OPEN       | 203.0.113.10:3306      | accepted a TCP connection  | -",
        "HTTP_NO_HSTS               | https://a.example.com/ | no header                  | -"})
    void governingField_rule_isTheBlueprintFieldThatDecidesIt(String rule, String target, String evidence,
                                                              String field) {
        Finding finding = new Finding(rule, Severity.HIGH, target, null, evidence, null, null);
        assertEquals(Optional.ofNullable(field), RuleLocations.governingField(finding));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TLS_OLD_PROTOCOL | true  | false | 7",
        "HTTP_NO_HSTS     | true  | true  | 3",
        "HTTP_NO_HSTS     | true  | false | 1",
        "TLS_OLD_PROTOCOL | false | true  | 3"})
    void locate_finding_prefersFieldThenTargetsEntryThenBlueprintTop(String rule, boolean blueprint, boolean entry,
                                                                    int line) {
        Path bp = Path.of("agent.yaml");
        Path targets = Path.of("targets.yaml");
        TargetSpec spec = new TargetSpec(
                new VerifyTarget(URI.create("https://a.example.com/"), Optional.empty(), Expectations.defaults()),
                blueprint ? Optional.of(new BlueprintSource(bp, Map.of("tls.policy", new SourceLocation(bp, 7, 3))))
                        : Optional.empty(),
                entry ? Optional.of(new SourceLocation(targets, 3, 3)) : Optional.empty());
        Finding finding = new Finding(rule, Severity.HIGH, "https://a.example.com/", null, "", null, null);

        assertEquals(line, RuleLocations.locate(finding, spec).orElseThrow().line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TLS_CERT_EXPIRED     | domain.name",
        "TLS_LEGACY_PROTOCOL  | tls.policy",
        "PORT_UNEXPECTED_OPEN | admin.sshCidrs (port 22), agent.port (port 18789)",
        "HTTP_HSTS_MISSING    | ''"})
    void fieldsFor_rule_listsWhatDocsShow(String rule, String fields) {
        assertEquals(fields, String.join(", ", RuleLocations.fieldsFor(rule)));
    }
}
