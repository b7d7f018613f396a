package dev.bulwark.cdk.synth;

import dev.bulwark.cdk.nag.EvidenceLog;
import dev.bulwark.cdk.nag.LightsailHardeningProps;
import dev.bulwark.cdk.nag.LightsailRules;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Severity mapping and ids per plugin, from report entries as the CDK writes them. */
class FindingMapperTest {

    private final FindingMapper mapper = new FindingMapper(LightsailRules.standard(LightsailHardeningProps.defaults()),
            new EvidenceLog(), Map.of("App/Bucket/Resource", "Bucket1234")::get);

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(textBlock = """
            Lightsail,                Lightsail-SshWorldOpen,          error,   Lightsail-SshWorldOpen,           CRITICAL
            Lightsail,                Lightsail-AutoSnapshotOff,       warning, Lightsail-AutoSnapshotOff,        LOW
            Lightsail,                Lightsail-HttpsRedirectOff,      warning, Lightsail-HttpsRedirectOff,       MEDIUM
            AwsSolutions,             AwsSolutions-SMG4,               error,   AwsSolutions-SMG4,                HIGH
            AwsSolutions,             AwsSolutions-IAM5[Action::s3:*], error,   AwsSolutions-IAM5,                HIGH
            AwsSolutions,             AwsSolutions-S10,                warning, AwsSolutions-S10,                 MEDIUM
            CloudFormation Validate,  F3031,                           warning, CloudFormation-Validate-F3031,    LOW
            """)
    void toFinding_pluginAndLevel_mapsIdAndSeverity(String plugin, String ruleName, String level, String expectedId,
                                                    Severity expectedSeverity) {
        Finding finding = mapper.toFinding(new ValidationReport.Violation(plugin, ruleName, "described", level,
                "App/Bucket/Resource", "", ""));
        assertEquals(expectedId, finding.ruleId());
        assertEquals(expectedSeverity, finding.severity());
        assertEquals("App/Bucket/Resource (Bucket1234)", finding.target());
    }
}
