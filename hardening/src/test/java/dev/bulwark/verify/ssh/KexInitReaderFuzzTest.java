package dev.bulwark.verify.ssh;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fuzzes what a hostile SSH server sends before key exchange: the lines before the banner, the banner, and the
 * binary packets up to its KEXINIT. Any input may be refused with an {@link IOException} (a protocol error or
 * the end of the bytes); anything else, a hang or an outsized allocation is a bug. A plain test run replays the
 * committed corpus (KexInitReaderFuzzTestInputs); docs/benchmarks.md says how to fuzz for longer.
 */
class KexInitReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readServerHello_anyBytes_readsOrRefusesCleanly(byte[] input) {
        InputStream in = new ByteArrayInputStream(input);
        try {
            String banner = KexInitReader.readBanner(in);
            KexInit kexInit = KexInitReader.parse(KexInitReader.readKexInitPayload(new DataInputStream(in)));
            new ServerHello(banner, kexInit).software();
        } catch (IOException expected) {
            // a refusal is the right answer to bytes that are not an SSH server's greeting
        }
    }
}
