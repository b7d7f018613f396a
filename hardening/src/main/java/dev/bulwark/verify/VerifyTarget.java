package dev.bulwark.verify;

import java.net.URI;
import java.util.Optional;

/**
 * A deployment to verify.
 *
 * @param url          the public HTTPS endpoint, e.g. {@code https://agent.example.com/}
 * @param host         the instance's public address, scanned for ports that must be closed; absent: no scan
 * @param expectations what the deployment should look like (from a blueprint, or defaults)
 */
public record VerifyTarget(URI url, Optional<String> host, Expectations expectations) {

    /** The name used in reports for this target. */
    public String name() {
        return url.toString();
    }
}
