/**
 * The TLS probe: protocol versions each tried on their own handshake, then the certificate chain judged by one
 * small pure check per rule ({@code TLS_*}). Entry point: {@link dev.bulwark.verify.tls.TlsProbe#create()}.
 */
package dev.bulwark.verify.tls;
