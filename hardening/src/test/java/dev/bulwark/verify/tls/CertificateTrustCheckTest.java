package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateTrustCheckTest {
    private final CertificateTrustCheck check = new CertificateTrustCheck();

    @Test
    void evaluate_chainValidated_noFinding() {
        assertEquals(List.of(), check.evaluate(Observations.healthy(), Observations.TARGET));
    }

    @Test
    void evaluate_validationFailed_findingCarriesReasonAndIssuer() {
        TlsObservation observation = new TlsObservation("h:443", Observations.modernOnly(), Optional.empty(),
                List.of(Observations.leaf()), Optional.of("PKIX path building failed"), Observations.NOW);

        List<Finding> findings = check.evaluate(observation, Observations.TARGET);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).evidence().contains("CN=Example CA"), findings.get(0).evidence());
        assertTrue(findings.get(0).evidence().endsWith("PKIX path building failed"), findings.get(0).evidence());
    }

    @Test
    void canEvaluate_noCertificateSeen_false() {
        assertFalse(check.canEvaluate(Observations.with(List.of())));
    }
}
