/**
 * Small network helpers the probes share: what the verifier trusts (system store plus {@code --ca-file}), HTTP
 * clients that never follow redirects, endpoints parsed from URLs, and a watchdog that bounds a whole socket
 * conversation. Nothing here loosens a JVM-wide setting.
 */
package dev.bulwark.verify.net;
