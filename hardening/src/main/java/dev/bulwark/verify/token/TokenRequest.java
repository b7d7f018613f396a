package dev.bulwark.verify.token;

import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ProbeContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The one authenticated request per token, chosen so that it changes nothing: {@code POST /tools/invoke} with the
 * body {@code {}}. On 2026.9.6 (checked against the real gateway, behind nginx too) it answers 400 with a valid
 * token (the empty body is refused after authentication) and 401 with a wrong or no token; no tool runs. The
 * token goes only into the {@code Authorization} header; the exception messages here never contain it.
 */
final class TokenRequest {
    static final String PATH = "/tools/invoke";
    static final String LINE = "POST " + PATH;

    private TokenRequest() {
    }

    static TokenAnswer send(HttpClient client, URI gateway, TokenRole role, Secret token, ProbeContext context)
            throws InterruptedException {
        Duration timeout = context.deadline().cap(context.perCallTimeout());
        URI origin = URI.create(gateway.getScheme() + "://" + gateway.getRawAuthority() + "/");
        HttpRequest request = HttpRequest.newBuilder(origin.resolve(PATH))
                .timeout(timeout)
                .header("User-Agent", "bulwark-verify")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.reveal())
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return TokenAnswer.answered(role, LINE, response.statusCode());
        } catch (HttpTimeoutException e) {
            return TokenAnswer.failed(role, LINE, "timed out after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return TokenAnswer.failed(role, LINE, e.getClass().getSimpleName());
        }
    }

}
