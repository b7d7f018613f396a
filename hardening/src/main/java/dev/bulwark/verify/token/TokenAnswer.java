package dev.bulwark.verify.token;

import java.util.Objects;
import java.util.Optional;

/**
 * What the gateway answered to the one authenticated request sent with a token. Carries no part of the token.
 *
 * @param role    which token was sent
 * @param request the request line, e.g. {@code POST /tools/invoke}
 * @param status  the status code, 0 when there was no answer
 * @param failure why there was no answer
 */
public record TokenAnswer(TokenRole role, String request, int status, Optional<String> failure) {
    public TokenAnswer {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(failure, "failure");
    }

    public static TokenAnswer answered(TokenRole role, String request, int status) {
        return new TokenAnswer(role, request, status, Optional.empty());
    }

    public static TokenAnswer failed(TokenRole role, String request, String why) {
        return new TokenAnswer(role, request, 0, Optional.of(why));
    }

    /** Past authentication: {@code 400} (the empty body is refused after the token was) or a success. */
    public boolean accepted() {
        return failure.isEmpty() && (status == 400 || status >= 200 && status < 300);
    }

    /** Refused for the token: {@code 401} or {@code 403}. */
    public boolean refused() {
        return failure.isEmpty() && (status == 401 || status == 403);
    }

    /** Neither: no answer, rate-limited, a server error or a proxy page. The check could not decide. */
    public boolean conclusive() {
        return accepted() || refused();
    }

    /** {@code POST /tools/invoke with the stale token -> 400} for evidence lines. */
    public String describe() {
        return request + " with " + role.description() + " -> " + failure.map(f -> "no answer: " + f)
                .orElse(Integer.toString(status));
    }
}
