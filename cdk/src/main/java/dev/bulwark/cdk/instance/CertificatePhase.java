package dev.bulwark.cdk.instance;

import software.constructs.Construct;

import java.util.Optional;

/**
 * Where the load balancer certificate is in its two-phase life. CloudFormation reports a Lightsail certificate
 * as created before its DNS validation has happened, and an unvalidated certificate cannot be attached, so the
 * stack is deployed twice: once to request the certificate, and again after validation to attach it.
 *
 * <p>The phase comes from {@link InstanceStackProps#certificateValidated()} when set, otherwise from the CDK
 * context key {@value #CONTEXT_KEY} ({@code cdk synth -c bulwark:certificateValidated=true}); absent means
 * {@link #AWAITING_VALIDATION}.
 */
public enum CertificatePhase {
    /** Phase 1: request the certificate; nothing is attached and no traffic reaches the instance. */
    AWAITING_VALIDATION("awaiting-validation"),
    /** Phase 2: attach the certificate, enable the HTTPS redirect, attach the instance. */
    VALIDATED("validated");

    public static final String CONTEXT_KEY = "bulwark:certificateValidated";
    /**
     * With the certificate attached, {@code true} keeps the instance off the load balancer for one more update:
     * CloudFormation updates the load balancer (attaching instances) before the certificate that refers to it, so
     * attaching both in one update would serve the gateway over plain HTTP in between. Deploy attaches the
     * certificate and the HTTPS redirect with this set, then the instance without it.
     */
    public static final String HOLD_BACKEND_CONTEXT = "bulwark:holdBackend";

    /** Whether the context asks to keep the instance off the load balancer ({@link #HOLD_BACKEND_CONTEXT}). */
    public static boolean holdBackend(Construct scope) {
        return "true".equals(String.valueOf(scope.getNode().tryGetContext(HOLD_BACKEND_CONTEXT)));
    }

    private final String label;

    CertificatePhase(String label) {
        this.label = label;
    }

    /** The value written to the {@code CertificatePhase} stack output. */
    public String label() {
        return label;
    }

    public boolean attached() {
        return this == VALIDATED;
    }

    /**
     * @param override the caller's explicit choice, or {@code null} to read the context key
     * @throws IllegalArgumentException if the context value is neither {@code true} nor {@code false}
     */
    public static CertificatePhase resolve(Construct scope, Boolean override) {
        if (override != null) {
            return override ? VALIDATED : AWAITING_VALIDATION;
        }
        return fromContext(scope.getNode().tryGetContext(CONTEXT_KEY))
                .orElseThrow(() -> new IllegalArgumentException("context " + CONTEXT_KEY + " must be true or false,"
                        + " not '" + scope.getNode().tryGetContext(CONTEXT_KEY) + "'; pass -c " + CONTEXT_KEY
                        + "=true only after the certificate's DNS validation has succeeded"));
    }

    private static Optional<CertificatePhase> fromContext(Object value) {
        if (value == null || Boolean.FALSE.equals(value) || "false".equals(value)) {
            return Optional.of(AWAITING_VALIDATION);
        }
        if (Boolean.TRUE.equals(value) || "true".equals(value)) {
            return Optional.of(VALIDATED);
        }
        return Optional.empty();
    }
}
