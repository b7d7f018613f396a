package dev.bulwark.verify.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Logger;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UserInfo;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks an SSH server which authentication methods it offers, the way {@code ssh -v} learns them: a JSch session
 * whose only preferred method is {@code none}, so no password, key or guess is ever sent.
 *
 * <p>Host-key checking: nothing is authenticated and no secret crosses this connection, so the server's host key
 * is accepted for the one session and never stored; a man in the middle could only lie about what it offers,
 * which the outside view reports as seen. The host audit, which does log in, pins the key.
 */
public final class AuthMethodDiscovery {
    /** The user name shown in the server's log; not an account anyone needs to have. */
    static final String PROBE_USER = "bulwark-probe";
    private static final Pattern ALLOWED = Pattern.compile("server will allow auth methods: (\\S+)");
    private static final Pattern AUTH_FAIL = Pattern.compile("Auth fail for methods '([^']*)'");

    // Broad client offers so that a weak-only server still negotiates and its auth methods can be read.
    private static final String KEX = JSch.getConfig("kex")
            + ",diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1";
    private static final String HOST_KEYS = JSch.getConfig("server_host_key") + ",ssh-rsa";
    private static final String RSA_FIRST = "rsa-sha2-512,rsa-sha2-256,ssh-rsa";
    private static final String CIPHERS = "chacha20-poly1305@openssh.com," + JSch.getConfig("cipher.s2c")
            + ",aes128-cbc,aes192-cbc,aes256-cbc,3des-cbc";
    private static final String MACS = JSch.getConfig("mac.s2c") + ",hmac-sha1-96,hmac-md5,hmac-md5-96";

    private AuthMethodDiscovery() {
    }

    /**
     * Connects, fails method {@code none}, and returns what the server offered instead. When the server offers an
     * RSA host key ({@code offersRsa}), the session prefers it, so that its size can be read from the same handshake.
     */
    public static AuthMethods discover(SshEndpoint endpoint, int timeoutMillis, boolean offersRsa)
            throws JSchException {
        JSch jsch = new JSch();
        jsch.setHostKeyRepository(new SessionOnlyHostKey());
        Session session = jsch.getSession(PROBE_USER, endpoint.host(), endpoint.port());
        AtomicReference<String> allowed = new AtomicReference<>();
        session.setLogger(new MethodsLogger(allowed));
        session.setConfig("PreferredAuthentications", "none");
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("kex", KEX);
        session.setConfig("server_host_key", offersRsa ? RSA_FIRST + "," + HOST_KEYS : HOST_KEYS);
        session.setConfig("cipher.s2c", CIPHERS);
        session.setConfig("cipher.c2s", CIPHERS);
        session.setConfig("mac.s2c", MACS);
        session.setConfig("mac.c2s", MACS);
        session.setUserInfo(NoSecrets.INSTANCE);
        session.setTimeout(timeoutMillis);
        try {
            session.connect(timeoutMillis);
            return new AuthMethods(List.of("none"), true, rsaBits(session.getHostKey()));
        } catch (JSchException e) {
            Optional<String> methods = Optional.ofNullable(allowed.get()).or(() -> fromMessage(e.getMessage()));
            if (methods.isEmpty()) {
                throw e;
            }
            return new AuthMethods(split(methods.get()), false, rsaBits(session.getHostKey()));
        } finally {
            session.disconnect();
        }
    }

    /** The modulus size of an {@code ssh-rsa} key blob (RFC 4253 §6.6: string type, mpint e, mpint n). */
    static OptionalInt rsaBits(HostKey key) {
        if (key == null || !"ssh-rsa".equals(key.getType())) {
            return OptionalInt.empty();
        }
        try {
            ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(key.getKey()));
            skip(blob);
            skip(blob);
            int length = blob.getInt();
            if (length <= 0 || length > blob.remaining()) {
                return OptionalInt.empty();
            }
            byte[] modulus = new byte[length];
            blob.get(modulus);
            return OptionalInt.of(new BigInteger(1, modulus).bitLength());
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // a malformed blob is not a size; the check then has nothing to rate
        }
    }

    private static void skip(ByteBuffer blob) {
        int length = blob.getInt();
        blob.position(blob.position() + length);
    }

    static Optional<String> fromMessage(String message) {
        Matcher m = AUTH_FAIL.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static List<String> split(String methods) {
        return Arrays.stream(KexInitReader.printable(methods).toLowerCase(Locale.ROOT).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Reads the one log line that carries the server's methods; everything else JSch logs is dropped. */
    private record MethodsLogger(AtomicReference<String> allowed) implements Logger {
        @Override
        public boolean isEnabled(int level) {
            return level == Logger.INFO;
        }

        @Override
        public void log(int level, String message) {
            Matcher m = ALLOWED.matcher(message == null ? "" : message);
            if (m.find()) {
                allowed.set(m.group(1));
            }
        }
    }

    /** Accepts the key of this one unauthenticated session and remembers nothing (see the class comment). */
    private static final class SessionOnlyHostKey implements HostKeyRepository {
        @Override
        public int check(String host, byte[] key) {
            return OK;
        }

        @Override
        public void add(HostKey hostkey, UserInfo ui) {
        }

        @Override
        public void remove(String host, String type) {
        }

        @Override
        public void remove(String host, String type, byte[] key) {
        }

        @Override
        public String getKnownHostsRepositoryID() {
            return "bulwark-unauthenticated-probe";
        }

        @Override
        public HostKey[] getHostKey() {
            return new HostKey[0];
        }

        @Override
        public HostKey[] getHostKey(String host, String type) {
            return new HostKey[0];
        }
    }

    /** Answers no to every prompt: the discovery never has a password or passphrase to give. */
    private enum NoSecrets implements UserInfo {
        INSTANCE;

        @Override
        public String getPassphrase() {
            return null;
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public boolean promptPassword(String message) {
            return false;
        }

        @Override
        public boolean promptPassphrase(String message) {
            return false;
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }

        @Override
        public void showMessage(String message) {
        }
    }
}
