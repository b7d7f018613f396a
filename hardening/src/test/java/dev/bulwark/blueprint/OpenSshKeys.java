package dev.bulwark.blueprint;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Real public keys made in the test with the JDK, written as OpenSSH {@code authorized_keys} lines. */
final class OpenSshKeys {
    private OpenSshKeys() {
    }

    static String ed25519() {
        try {
            byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
            byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length); // SPKI ends with the 32-byte key
            return line("ssh-ed25519", blob(w -> {
                string(w, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
                string(w, raw);
            }));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
            return line("ssh-rsa", blob(w -> {
                string(w, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
                string(w, key.getPublicExponent().toByteArray());
                string(w, key.getModulus().toByteArray());
            }));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String ecdsaP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
            byte[] q = new byte[65];
            q[0] = 4;
            copy(key.getW().getAffineX(), q, 1);
            copy(key.getW().getAffineY(), q, 33);
            return line("ecdsa-sha2-nistp256", blob(w -> {
                string(w, "ecdsa-sha2-nistp256".getBytes(StandardCharsets.US_ASCII));
                string(w, "nistp256".getBytes(StandardCharsets.US_ASCII));
                string(w, q);
            }));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line whose type word says one thing and whose blob says another. */
    static String mislabelled() {
        String ed = ed25519();
        return "ssh-rsa " + ed.split(" ")[1] + " test@bulwark";
    }

    private static void copy(BigInteger coordinate, byte[] into, int offset) {
        byte[] bytes = coordinate.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, offset + 32 - length, length);
    }

    private static String line(String type, byte[] blob) {
        return type + " " + Base64.getEncoder().encodeToString(blob) + " test@bulwark";
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] blob(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(new DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }
}
