package dev.bulwark.cdk.instance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePhaseTest {

    static Stream<Arguments> contextValues() {
        return Stream.of(
                Arguments.of(null, CertificatePhase.AWAITING_VALIDATION),
                Arguments.of("false", CertificatePhase.AWAITING_VALIDATION),
                Arguments.of(false, CertificatePhase.AWAITING_VALIDATION),
                Arguments.of("true", CertificatePhase.VALIDATED),
                Arguments.of(true, CertificatePhase.VALIDATED));
    }

    @ParameterizedTest(name = "context {0} -> {1}")
    @MethodSource("contextValues")
    void resolve_contextValue_givesPhase(Object value, CertificatePhase expected) {
        assertEquals(expected, CertificatePhase.resolve(appWithContext(value), null));
    }

    @Test
    void resolve_explicitOverride_winsOverContext() {
        assertEquals(CertificatePhase.AWAITING_VALIDATION, CertificatePhase.resolve(appWithContext("true"), false));
        assertEquals(CertificatePhase.VALIDATED, CertificatePhase.resolve(appWithContext(null), true));
    }

    @Test
    void resolve_unrecognisedContextValue_isRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CertificatePhase.resolve(appWithContext("yes"), null));
        assertTrue(e.getMessage().contains(CertificatePhase.CONTEXT_KEY) && e.getMessage().contains("'yes'"),
                e.getMessage());
    }

    private static App appWithContext(Object value) {
        Map<String, Object> context = new HashMap<>();
        if (value != null) {
            context.put(CertificatePhase.CONTEXT_KEY, value);
        }
        return new App(AppProps.builder().context(context).build());
    }
}
