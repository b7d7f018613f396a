package dev.bulwark.verify.ssh;

/** Everything the outside view learned about one SSH server; the checks are pure functions of it. */
public record SshObservation(SshEndpoint endpoint, ServerHello hello, AuthMethods auth) {
}
