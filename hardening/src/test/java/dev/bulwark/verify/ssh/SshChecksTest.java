package dev.bulwark.verify.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each SSH check as a pure function of an observation: compliant and non-compliant cases side by side. */
class SshChecksTest {
    static final SshAlgorithmPolicy POLICY = SshAlgorithmPolicy.defaults();
    static final String DEBIAN = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3";
    static final String PLAIN = "SSH-2.0-OpenSSH_9.9";
    static final KexInit HARDENED = KexInit.symmetric(
            List.of("sntrup761x25519-sha512@openssh.com", "curve25519-sha256", "ext-info-s",
                    "kex-strict-s-v00@openssh.com"),
            List.of("ssh-ed25519", "rsa-sha2-512"),
            List.of("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr"),
            List.of("hmac-sha2-512-etm@openssh.com", "umac-128-etm@openssh.com"));
    static final KexInit DEBIAN_DEFAULT_NO_STRICT = KexInit.symmetric(
            List.of("curve25519-sha256", "ecdh-sha2-nistp256", "diffie-hellman-group14-sha256"),
            List.of("rsa-sha2-512", "ecdsa-sha2-nistp256", "ssh-ed25519"),
            List.of("chacha20-poly1305@openssh.com", "aes128-ctr"),
            List.of("umac-64-etm@openssh.com", "hmac-sha1-etm@openssh.com", "hmac-sha2-256"));
    static final KexInit LEGACY_CBC_ETM = KexInit.symmetric(
            List.of("curve25519-sha256"), List.of("ssh-ed25519"),
            List.of("aes256-cbc", "aes128-ctr"), List.of("hmac-sha2-256-etm@openssh.com"));

    static SshObservation observe(String banner, KexInit offer, boolean noneAccepted, String... methods) {
        return new SshObservation(new SshEndpoint("203.0.113.10", 22), new ServerHello(banner, offer),
                new AuthMethods(Arrays.asList(methods), noneAccepted, OptionalInt.empty()));
    }

    static SshObservation rsaKey(int bits) {
        return new SshObservation(new SshEndpoint("203.0.113.10", 22), new ServerHello(PLAIN, HARDENED),
                new AuthMethods(List.of("publickey"), false, OptionalInt.of(bits)));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new PasswordAuthCheck(), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new PasswordAuthCheck(), observe(PLAIN, HARDENED, false, "publickey", "password"),
                        "offered to a stranger: password (all methods: publickey,password)"),
                Arguments.of(new PasswordAuthCheck(),
                        observe(PLAIN, HARDENED, false, "publickey", "keyboard-interactive"),
                        "offered to a stranger: keyboard-interactive (all methods: publickey,keyboard-interactive)"),
                Arguments.of(new NoAuthenticationCheck(), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new NoAuthenticationCheck(), observe(PLAIN, HARDENED, true, "none"),
                        "method 'none' succeeded for user 'bulwark-probe'"),
                Arguments.of(new WeakAlgorithmsCheck(POLICY), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new WeakAlgorithmsCheck(POLICY),
                        observe(PLAIN, DEBIAN_DEFAULT_NO_STRICT, false, "publickey"),
                        "offered: kex ecdh-sha2-nistp256, kex diffie-hellman-group14-sha256, "
                                + "host key ecdsa-sha2-nistp256, mac umac-64-etm@openssh.com, mac hmac-sha2-256"),
                Arguments.of(new BrokenAlgorithmsCheck(POLICY), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new BrokenAlgorithmsCheck(POLICY),
                        observe(PLAIN, DEBIAN_DEFAULT_NO_STRICT, false, "publickey"),
                        "offered: mac hmac-sha1-etm@openssh.com"),
                Arguments.of(new TerrapinCheck(), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new TerrapinCheck(), observe(PLAIN, DEBIAN_DEFAULT_NO_STRICT, false, "publickey"),
                        "no kex-strict-s-v00@openssh.com in the KEX list; offered: chacha20-poly1305@openssh.com"),
                Arguments.of(new TerrapinCheck(), observe(PLAIN, LEGACY_CBC_ETM, false, "publickey"),
                        "no kex-strict-s-v00@openssh.com in the KEX list; offered: aes256-cbc with "
                                + "hmac-sha2-256-etm@openssh.com"),
                Arguments.of(new WeakHostKeyCheck(POLICY), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new WeakHostKeyCheck(POLICY), rsaKey(4096), null),
                Arguments.of(new WeakHostKeyCheck(POLICY), rsaKey(3072), null),
                Arguments.of(new WeakHostKeyCheck(POLICY), rsaKey(2048),
                        "RSA host key of 2048 bits (at least 3072 wanted)"),
                Arguments.of(new VersionDisclosedCheck(), observe(PLAIN, HARDENED, false, "publickey"), null),
                Arguments.of(new VersionDisclosedCheck(), observe(DEBIAN, HARDENED, false, "publickey"),
                        "banner 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3' carries 'Debian-2+deb12u3'"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("cases")
    void evaluate_observation_givesEvidenceOnlyWhenNotCompliant(SshCheck check, SshObservation observation,
                                                                String expectedEvidence) {
        assertEquals(Optional.ofNullable(expectedEvidence), check.evidence(observation));
    }
}
