package dev.bulwark.verify.gateway;

import java.util.Locale;
import java.util.Set;

/**
 * What an unauthenticated connect attempt proves. The gateway checks a browser Origin before credentials
 * (observed on 2026.9.6: a foreign Origin gets {@code CONTROL_UI_ORIGIN_NOT_ALLOWED}, the same Origin gets
 * {@code CONTROL_UI_DEVICE_IDENTITY_REQUIRED}), so a refusal for a missing credential means the Origin itself
 * was let through.
 */
public enum ConnectVerdict {
    /** {@code hello-ok}: the gateway let an unauthenticated client in. */
    ACCEPTED,
    /** Refused because of the Origin (by the gateway, or the proxy refused the upgrade). */
    ORIGIN_REFUSED,
    /** Refused for a missing token, device identity or pairing: whatever came before (the Origin) passed. */
    CREDENTIAL_REFUSED,
    /** Refused for another stated reason (rate limit, "gateway starting"): it never got to the check in question. */
    REFUSED_OTHERWISE,
    /** The upgrade itself was refused (401/403/404 from the gateway or a proxy in front). */
    UPGRADE_REFUSED,
    /** The gateway did not understand the request (unknown client id of another brand, protocol mismatch). */
    NOT_APPLICABLE,
    /** No answer: timeout, connection error, or the socket closed before any response. */
    NO_ANSWER;

    private static final Set<String> CREDENTIAL_CODES = Set.of("NOT_PAIRED", "UNAUTHORIZED", "AUTH_TOKEN_MISSING",
            "AUTH_TOKEN_MISMATCH", "AUTH_PASSWORD_MISSING", "AUTH_PASSWORD_MISMATCH", "DEVICE_IDENTITY_REQUIRED",
            "CONTROL_UI_DEVICE_IDENTITY_REQUIRED", "PAIRING_REQUIRED");

    static ConnectVerdict of(ConnectAttempt a) {
        if (a.failure().isPresent()) {
            return NO_ANSWER;
        }
        if (a.upgradeStatus() != 101) {
            return a.upgradeStatus() == 0 ? NO_ANSWER : UPGRADE_REFUSED;
        }
        if (a.accepted().isPresent()) {
            return a.accepted().get() ? ACCEPTED : classifyRefusal(a);
        }
        // Closed without a connect response: a close with a reason is still a refusal.
        return a.closeCode() != 0 && !a.message().isEmpty() ? classifyRefusal(a) : NO_ANSWER;
    }

    private static ConnectVerdict classifyRefusal(ConnectAttempt a) {
        String message = a.message().toLowerCase(Locale.ROOT);
        if (a.detailCode().equals("CONTROL_UI_ORIGIN_NOT_ALLOWED") || message.contains("origin not allowed")) {
            return ORIGIN_REFUSED;
        }
        if (a.detailCode().equals("PROTOCOL_MISMATCH") || message.startsWith("invalid connect params")
                || message.contains("protocol mismatch")) {
            return NOT_APPLICABLE;
        }
        if (a.detailCode().startsWith("AUTH_RATE_LIMITED")) {
            return REFUSED_OTHERWISE;
        }
        if (CREDENTIAL_CODES.contains(a.detailCode()) || CREDENTIAL_CODES.contains(a.errorCode())
                || message.contains("unauthorized") || message.contains("device identity")
                || message.contains("secure context") || message.contains("pairing required")) {
            return CREDENTIAL_REFUSED;
        }
        return REFUSED_OTHERWISE;
    }

    /** Whether this answer settles the question the attempt asked (accepted, or refused at a known stage). */
    public boolean decides() {
        return this == ACCEPTED || this == ORIGIN_REFUSED || this == CREDENTIAL_REFUSED || this == UPGRADE_REFUSED;
    }

    /** The gateway (or a proxy) said no, one way or another. */
    public boolean refused() {
        return this == ORIGIN_REFUSED || this == CREDENTIAL_REFUSED || this == REFUSED_OTHERWISE
                || this == UPGRADE_REFUSED;
    }
}
