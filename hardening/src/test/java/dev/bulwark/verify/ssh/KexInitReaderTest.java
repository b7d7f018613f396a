package dev.bulwark.verify.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The KEXINIT parser on hand-made packets, including hostile ones: it must refuse, never overrun or hang. */
class KexInitReaderTest {

    static byte[] kexInit(String... lists) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(20);
        out.write(new byte[16]);
        for (String list : lists) {
            byte[] b = list.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(b.length);
            out.write(b);
        }
        out.writeBoolean(false);
        out.writeInt(0);
        return bytes.toByteArray();
    }

    static byte[] packet(byte[] payload, int padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(payload.length + padding + 1);
        out.writeByte(padding);
        out.write(payload);
        out.write(new byte[padding]);
        return bytes.toByteArray();
    }

    @Test
    void parse_wellFormedKexInit_readsEveryList() throws IOException {
        KexInit k = KexInitReader.parse(kexInit("curve25519-sha256,ext-info-s", "ssh-ed25519", "aes128-ctr",
                "aes256-ctr", "hmac-sha2-256-etm@openssh.com", "hmac-sha2-512", "none", "none,zlib@openssh.com", "", ""));

        assertEquals(List.of("curve25519-sha256", "ext-info-s"), k.kex());
        assertEquals(List.of("aes128-ctr", "aes256-ctr"), k.ciphers());
        assertEquals(List.of("hmac-sha2-256-etm@openssh.com", "hmac-sha2-512"), k.macs());
        assertEquals(List.of("none", "zlib@openssh.com"), k.compressionServerToClient());
    }

    @Test
    void parse_nameListLongerThanPacket_isRefused() throws IOException {
        byte[] payload = kexInit("curve25519-sha256", "", "", "", "", "", "", "", "", "");
        payload[17 + 3] = (byte) 0x7f; // the first list claims 127 bytes

        assertThrows(SshProtocolException.class, () -> KexInitReader.parse(payload));
    }

    @Test
    void parse_truncatedPayload_isRefused() {
        assertThrows(SshProtocolException.class, () -> KexInitReader.parse(new byte[] {20, 0, 0}));
    }

    @Test
    void parse_nonPrintableName_isRefused() throws IOException {
        byte[] payload = kexInit("curve\u001b[31m", "", "", "", "", "", "", "", "", "");

        assertThrows(SshProtocolException.class, () -> KexInitReader.parse(payload));
    }

    @Test
    void readKexInitPayload_skipsIgnoreMessagesThenReadsKexInit() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(packet(new byte[] {2, 0, 0, 0, 0}, 6));
        byte[] kex = kexInit("curve25519-sha256", "", "", "", "", "", "", "", "", "");
        stream.write(packet(kex, 4));

        byte[] read = KexInitReader.readKexInitPayload(new DataInputStream(new ByteArrayInputStream(stream.toByteArray())));
        assertEquals(kex.length, read.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 35_001, -1})
    void readKexInitPayload_absurdPacketLength_isRefused(int length) {
        byte[] header = {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length, 0};
        assertThrows(SshProtocolException.class,
                () -> KexInitReader.readKexInitPayload(new DataInputStream(new ByteArrayInputStream(header))));
    }

    @Test
    void readBanner_linesBeforeBanner_areSkippedAndControlCharactersMasked() throws IOException {
        String sent = "welcome\r\nSSH-2.0-OpenSSH_9.2p1 \u001b[2J\r\n";
        String banner = KexInitReader.readBanner(new ByteArrayInputStream(sent.getBytes(StandardCharsets.ISO_8859_1)));

        assertEquals("SSH-2.0-OpenSSH_9.2p1 ?[2J", banner);
    }

    @Test
    void readBanner_endlessLine_isRefused() {
        byte[] endless = new byte[5000];
        java.util.Arrays.fill(endless, (byte) 'a');
        SshProtocolException e = assertThrows(SshProtocolException.class,
                () -> KexInitReader.readBanner(new ByteArrayInputStream(endless)));
        assertTrue(e.getMessage().contains("does not speak SSH"));
    }
}
