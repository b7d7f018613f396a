package dev.bulwark.cdk.nag;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AcknowledgementsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ok", "because"})
    void acknowledge_withoutRealReason_isRefused(String reason) {
        // The reason is checked before any construct is touched, so no app is needed.
        assertThrows(IllegalArgumentException.class,
                () -> Acknowledgements.of(null).acknowledge("AwsSolutions-SMG4", reason));
    }

    @Test
    void namespaced_prefixesThePackName() {
        assertEquals("AwsSolutions::AwsSolutions-SMG4", Acknowledgements.namespaced("AwsSolutions-SMG4"));
        assertEquals("Lightsail::Lightsail-SshWorldOpen", Acknowledgements.namespaced("Lightsail-SshWorldOpen"));
        assertEquals("AwsSolutions::AwsSolutions-IAM5[Action::s3:*]",
                Acknowledgements.namespaced("AwsSolutions-IAM5[Action::s3:*]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMG4", "-SMG4", "AwsSolutions::AwsSolutions-SMG4"})
    void namespaced_malformedId_isRefused(String ruleId) {
        assertThrows(IllegalArgumentException.class, () -> Acknowledgements.namespaced(ruleId));
    }
}
