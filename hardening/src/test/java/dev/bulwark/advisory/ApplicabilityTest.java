package dev.bulwark.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Version semantics against real release names from the npm registry (openclaw, clawdbot): hotfix {@code -N} after
 * its release, {@code -beta.N} before it, lower bounds, unions, and the extended-stable line.
 */
class ApplicabilityTest {

    private static Advisory advisory(String ranges) {
        return new Advisory("CVE-TEST", Optional.of("CVE-TEST"), List.of(), VersionRange.parseAll(ranges),
                Optional.empty(), Severity.HIGH, "test", List.of(), "test");
    }

    @ParameterizedTest(name = "{1} in ''{0}'' -> {2}")
    @CsvSource(delimiter = ';', value = {
        // hotfix releases come after their release (npm semver would sort them before)
        "< 2026.2.19            ; 2026.2.19-2       ; none",
        "<= 2026.2.19-2         ; 2026.2.19         ; APPLIES",
        "< 2026.2.22            ; 2026.2.22-1       ; none",
        "< 2026.2.22            ; 2026.2.21         ; APPLIES",
        "< 2026.7.1             ; 2026.7.1-2        ; none",
        "< 2026.7.2             ; 2026.7.1-2        ; APPLIES",
        "< 2026.1.29            ; 2026.1.24-3       ; APPLIES",
        // betas come before their release
        "< 2026.2.23            ; 2026.2.23-beta.1  ; APPLIES",
        "< 2026.8.1             ; 2026.8.1-beta.3   ; APPLIES",
        "< 2026.8.1-beta.2      ; 2026.8.1-beta.3   ; none",
        ">= 2026.5.14-beta.1, < 2026.5.27 ; 2026.5.14-beta.2 ; APPLIES",
        // lower bounds
        ">= 2026.6.6, < 2026.6.9 ; 2026.6.5         ; none",
        ">= 2026.6.6, < 2026.6.9 ; 2026.6.6         ; APPLIES",
        ">= 2026.6.6, < 2026.6.9 ; 2026.6.8         ; APPLIES",
        ">= 2026.6.6, < 2026.6.9 ; 2026.6.9         ; none",
        ">= 2026.2.19-2, < 2026.2.21 ; 2026.2.19    ; none",
        // unions and single releases
        "<= 2026.2.21 || = 2026.2.21-1 || = 2026.2.21-2 ; 2026.2.21-2 ; APPLIES",
        "= 2026.4.23            ; 2026.4.24         ; none",
        // extended-stable: .33+ sort after the month's releases; a fix from a later month may be backported
        "< 2026.6.9             ; 2026.6.33         ; none",
        "< 2026.8.1             ; 2026.6.33         ; MAY_APPLY_EXTENDED_STABLE",
        "< 2026.8.1             ; 2026.7.35         ; MAY_APPLY_EXTENDED_STABLE",
        "< 2026.6.34            ; 2026.6.33         ; APPLIES",
        ">= 2026.7.1, < 2026.8.1 ; 2026.6.35        ; none",
        "< 2026.8.1             ; 2026.7.1          ; APPLIES",
        "< 2026.9.6             ; 2026.9.6          ; none",
    })
    void applicability_realReleaseNames(String ranges, String version, String expected) {
        Optional<Applicability> how = advisory(ranges).applicability(AgentVersion.of(version));
        assertEquals(expected, how.map(Enum::name).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource({"2026.6.33, true", "2026.7.35, true", "2026.6.11, false", "2026.1.24-3, false", "2026.7.31, false"})
    void isExtendedStable_dayFrom33(String version, boolean expected) {
        assertEquals(expected, AgentVersion.of(version).isExtendedStable());
    }

    @ParameterizedTest(name = "{0} lowered by {1} = {2}")
    @CsvSource({"CRITICAL, 1, HIGH", "HIGH, 1, MEDIUM", "LOW, 1, LOW", "HIGH, 2, LOW", "INFO, 1, INFO"})
    void lower_neverBelowLow(Severity severity, int levels, Severity expected) {
        assertEquals(expected, ExposureSeverity.lower(severity, levels));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "CRITICAL | CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | CRITICAL",
        "HIGH     | CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N | MEDIUM",
        "HIGH     | CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H | LOW",
        "MEDIUM   | CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N | LOW",
        "HIGH     | CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N | HIGH",
        "HIGH     | AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:H | MEDIUM",
        "HIGH     | '' | HIGH",
    })
    void exposure_fromPublisherSeverityAndVector(Severity publisher, String vector, Severity expected) {
        assertEquals(expected, ExposureSeverity.of(Optional.of(publisher),
                vector.isEmpty() ? Optional.empty() : Optional.of(vector)));
    }

    @org.junit.jupiter.api.Test
    void exposure_noPublisherSeverity_isMedium() {
        assertEquals(Severity.MEDIUM, ExposureSeverity.of(Optional.empty(), Optional.empty()));
    }
}
