package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** One row of a check's table: an observation and whether the check must report it (with a word of the evidence). */
record CheckCase(String name, GatewayObservation observation, VerifyTarget target, boolean reported,
                 String evidenceContains) {

    static Arguments compliant(String name, GatewayObservation observation) {
        return Arguments.of(new CheckCase(name, observation, Observed.target(), false, ""));
    }

    static Arguments reported(String name, GatewayObservation observation, String evidenceContains) {
        return Arguments.of(new CheckCase(name, observation, Observed.target(), true, evidenceContains));
    }

    static Arguments of(String name, GatewayObservation observation, VerifyTarget target, boolean reported,
                        String evidenceContains) {
        return Arguments.of(new CheckCase(name, observation, target, reported, evidenceContains));
    }

    /** Runs {@code check} on this row and asserts the outcome; returns the findings for further assertions. */
    List<Finding> assertOutcome(GatewayCheck check) {
        List<Finding> findings = check.evaluate(observation, target);
        if (!reported) {
            assertEquals(List.of(), findings, name);
            return findings;
        }
        assertEquals(1, findings.size(), name + ": " + findings);
        Finding finding = findings.get(0);
        assertEquals(check.rule().id(), finding.ruleId(), name);
        assertEquals(target.name(), finding.target(), name);
        assertTrue(finding.evidence().contains(evidenceContains), name + ": evidence was " + finding.evidence());
        return findings;
    }

    @Override
    public String toString() {
        return name;
    }
}
