package dev.bulwark.verify.net;

import dev.bulwark.verify.Deadline;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * HTTP clients for probes: redirects are never followed (a probe looks at each hop itself, so a redirect loop
 * cannot keep it busy), HTTP/1.1 only (what an outside visitor's first request uses), connect timeout capped by
 * the run's deadline. Each request must still set {@code HttpRequest.Builder#timeout(deadline.cap(...))}.
 */
public final class HttpClients {
    private HttpClients() {
    }

    public static HttpClient create(SSLContext sslContext, Deadline deadline, Duration perCallTimeout) {
        return HttpClient.newBuilder()
                .sslContext(sslContext)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(deadline.cap(perCallTimeout))
                .build();
    }
}
