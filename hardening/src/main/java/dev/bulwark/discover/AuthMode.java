package dev.bulwark.discover;

import dev.bulwark.verify.gateway.ConnectAttempt;
import java.util.List;

/** What a connect without credentials shows about the gateway's auth mode, and no more. */
final class AuthMode {
    static final String NONE = "none";
    static final String TOKEN = "token";
    static final String PASSWORD = "password";
    static final String DEVICE = "device identity";
    static final String UNKNOWN = "unknown";

    private AuthMode() {
    }

    static String of(List<ConnectAttempt> connects) {
        for (ConnectAttempt c : connects) {
            if (c.accepted().orElse(false)) {
                return NONE;
            }
            String codes = c.errorCode() + " " + c.detailCode() + " " + c.message();
            if (codes.contains("AUTH_TOKEN") || codes.contains("token_missing") || codes.contains("token missing")) {
                return TOKEN;
            }
            if (codes.contains("AUTH_PASSWORD") || codes.contains("password")) {
                return PASSWORD;
            }
            if (codes.contains("DEVICE_IDENTITY") || codes.contains("NOT_PAIRED") || codes.contains("PAIRING")
                    || codes.contains("device identity")) {
                return DEVICE;
            }
        }
        return UNKNOWN;
    }
}
