package dev.bulwark.verify.http;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.net.ReadBounds;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One bounded GET: the timeout covers everything up to the end of the headers, the JDK client caps header size
 * ({@link ReadBounds#HEADER_BYTES}), the body is closed unread and redirects are not followed. Network trouble becomes a
 * {@link FetchResult}, never an exception.
 */
final class HttpFetcher {
    private final HttpClient client;
    private final Deadline deadline;
    private final Duration perCallTimeout;

    HttpFetcher(HttpClient client, Deadline deadline, Duration perCallTimeout) {
        this.client = client;
        this.deadline = deadline;
        this.perCallTimeout = perCallTimeout;
    }

    FetchResult get(URI url) throws InterruptedException {
        Duration budget = deadline.cap(perCallTimeout);
        HttpRequest request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(budget)
                .header("User-Agent", "bulwark-verify")
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new FetchResult.Answered(response.statusCode(), response.headers().map());
        } catch (HttpTimeoutException e) {
            return new FetchResult.NoAnswer("nothing within " + budget.toMillis() + " ms");
        } catch (ConnectException e) {
            return new FetchResult.Refused(String.valueOf(e.getMessage()));
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: the JDK client rejects some malformed header names/values this way.
            return new FetchResult.NotHttp(ReadBounds.headerBoundHit(e)
                    .orElse(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
