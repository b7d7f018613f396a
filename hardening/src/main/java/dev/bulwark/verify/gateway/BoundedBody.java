package dev.bulwark.verify.gateway;

import dev.bulwark.verify.net.ReadBounds;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code limit} bytes of a response body, then stops reading and fails with
 * {@link ReadBounds.BodyBoundHit}, which names the bound in the evidence: a hostile server cannot make us buffer more.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(int limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<String> handler(int limit) {
        return info -> new BoundedBody(limit);
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        // One batch at a time: with no demand outstanding the client stops reading the socket, so a body that
        // never ends cannot pile up in the client's own queues after we cancel (seen with TLS on JDK 17).
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int room = limit - bytes.size();
            int take = Math.min(room, buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
        }
        if (bytes.size() >= limit) {
            if (!result.isDone()) {
                subscription.cancel();
                result.completeExceptionally(new ReadBounds.BodyBoundHit(limit));
            }
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        if (!result.isDone()) {
            result.completeExceptionally(error);
        }
    }

    @Override
    public void onComplete() {
        complete();
    }

    private void complete() {
        result.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
