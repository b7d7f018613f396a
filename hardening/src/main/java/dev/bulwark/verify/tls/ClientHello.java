package dev.bulwark.verify.tls;

import dev.bulwark.verify.net.Endpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A ClientHello for SSL 3.0, TLS 1.0 or TLS 1.1, written by hand. JSSE refuses these versions unless they are
 * re-enabled through a JVM-wide security property; writing the one message we need keeps the verifier's own TLS
 * untouched. The hello offers the CBC, 3DES and RC4 suites old servers choose, plus the extensions ECDHE needs.
 */
final class ClientHello {
    private static final int[] CIPHER_SUITES = {
        0xc00a, 0xc009, 0xc014, 0xc013, // ECDHE-ECDSA/RSA with AES-CBC-SHA
        0x0039, 0x0033, 0x0035, 0x002f, // DHE-RSA and RSA with AES-CBC-SHA
        0x0088, 0x0045, 0x0084, 0x0041, // Camellia
        0xc012, 0xc008, 0x0016, 0x000a, // 3DES
        0xc011, 0xc007, 0x0005, 0x0004, // RC4
        0x0015, 0x0009, // single DES
        0x00ff, // renegotiation SCSV
    };
    private static final int[] NAMED_GROUPS = {0x001d, 0x0017, 0x0018, 0x0019}; // x25519, P-256, P-384, P-521
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientHello() {
    }

    /** The complete record: offers only {@code version}; SNI for {@code host} unless it is an IP literal. */
    static byte[] record(ProtocolVersion version, String host) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int16(body, version.wireCode());
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        int16(body, CIPHER_SUITES.length * 2);
        for (int suite : CIPHER_SUITES) {
            int16(body, suite);
        }
        body.write(1); // one compression method:
        body.write(0); // null
        if (version != ProtocolVersion.SSL_3_0) {
            byte[] extensions = extensions(host);
            int16(body, extensions.length);
            body.writeBytes(extensions);
        }
        byte[] hello = body.toByteArray();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16); // handshake
        int16(record, version == ProtocolVersion.SSL_3_0 ? 0x0300 : 0x0301);
        int16(record, hello.length + 4);
        record.write(0x01); // client_hello
        int24(record, hello.length);
        record.writeBytes(hello);
        return record.toByteArray();
    }

    private static byte[] extensions(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!Endpoint.isIpLiteral(host)) {
            byte[] name = host.getBytes(StandardCharsets.US_ASCII);
            int16(out, 0x0000); // server_name
            int16(out, name.length + 5);
            int16(out, name.length + 3);
            out.write(0); // host_name
            int16(out, name.length);
            out.writeBytes(name);
        }
        int16(out, 0x000a); // supported_groups
        int16(out, NAMED_GROUPS.length * 2 + 2);
        int16(out, NAMED_GROUPS.length * 2);
        for (int group : NAMED_GROUPS) {
            int16(out, group);
        }
        int16(out, 0x000b); // ec_point_formats: uncompressed
        int16(out, 2);
        out.write(1);
        out.write(0);
        int16(out, 0xff01); // renegotiation_info, empty
        int16(out, 1);
        out.write(0);
        return out.toByteArray();
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8 & 0xff);
        out.write(value & 0xff);
    }

    private static void int24(ByteArrayOutputStream out, int value) {
        out.write(value >>> 16 & 0xff);
        int16(out, value & 0xffff);
    }
}
