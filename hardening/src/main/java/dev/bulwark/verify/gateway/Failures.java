package dev.bulwark.verify.gateway;

import dev.bulwark.verify.net.ReadBounds;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** Turns a network exception into the short reason a user reads in a report. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable error) {
        Throwable e = unwrap(error);
        Optional<String> headerBound = ReadBounds.headerBoundHit(e);
        if (headerBound.isPresent()) {
            return headerBound.get();
        }
        if (e instanceof ReadBounds.BodyBoundHit || e instanceof ReadBounds.BoundHit) {
            return e.getMessage();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed: " + e.getMessage();
        }
        if (e instanceof ClosedChannelException) {
            return "connection closed";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException
                || e.getClass() == IOException.class) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
