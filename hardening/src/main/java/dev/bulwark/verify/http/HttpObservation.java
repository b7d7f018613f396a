package dev.bulwark.verify.http;

import java.net.URI;

/**
 * What the HTTP probe saw: the target URL over HTTPS, and the same host over plain HTTP.
 *
 * @param plainUrl the {@code http://} URL asked, e.g. {@code http://agent.example.com/}
 */
public record HttpObservation(URI httpsUrl, FetchResult https, URI plainUrl, FetchResult plain) {
}
