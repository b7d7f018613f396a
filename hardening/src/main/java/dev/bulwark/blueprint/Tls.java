package dev.bulwark.blueprint;

/**
 * @param policy        Lightsail load balancer TLS policy name, e.g. {@code TLS-FS-Res-1-2-2019-08}
 * @param httpsRedirect redirect plain HTTP to HTTPS once the certificate is attached
 */
public record Tls(String policy, boolean httpsRedirect) {
}
