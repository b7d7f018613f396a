package dev.bulwark.verify.gateway;

import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.net.ReadBounds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends the planned HTTP requests in parallel, each bounded by the deadline, and records what came back. */
final class HttpObserver {
    /** Enough for the Control UI page (about 10 KiB on 2026.9.6) and any JSON body worth reading. */
    static final int BODY_LIMIT = ReadBounds.BODY_BYTES;

    private final HttpClient client;
    private final ProbeContext context;

    HttpObserver(HttpClient client, ProbeContext context) {
        this.client = client;
        this.context = context;
    }

    List<HttpExchange> observe(URI origin, List<PlannedRequest> plan) throws InterruptedException {
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (PlannedRequest request : plan) {
            pending.add(client.sendAsync(build(origin, request), BoundedBody.handler(BODY_LIMIT)));
        }
        List<HttpExchange> exchanges = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            exchanges.add(await(plan.get(i), pending.get(i)));
        }
        return exchanges;
    }

    private HttpRequest build(URI origin, PlannedRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(origin.resolve(request.path()))
                .timeout(timeout())
                .header("User-Agent", "bulwark-verify")
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        request.headers().forEach(builder::header);
        if (request.jsonBody().isPresent()) {
            builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.jsonBody().get()));
        } else {
            builder.GET();
        }
        return builder.build();
    }

    private HttpExchange await(PlannedRequest request, CompletableFuture<HttpResponse<String>> future)
            throws InterruptedException {
        Duration wait = timeout();
        try {
            HttpResponse<String> response = future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return new HttpExchange(request.purpose(), request.method(), request.path(), request.headers(),
                    response.statusCode(), firstValues(response.headers()), response.body(), Optional.empty());
        } catch (TimeoutException e) {
            future.cancel(true);
            return HttpExchange.failed(request.purpose(), request.method(), request.path(), request.headers(),
                    "timed out after " + wait.toMillis() + " ms");
        } catch (ExecutionException e) {
            return HttpExchange.failed(request.purpose(), request.method(), request.path(), request.headers(),
                    Failures.describe(e));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private Duration timeout() {
        return context.deadline().cap(context.perCallTimeout());
    }

    private static Map<String, String> firstValues(HttpHeaders headers) {
        Map<String, String> first = new TreeMap<>();
        headers.map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return first;
    }
}
