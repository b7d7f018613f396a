package dev.bulwark.verify.websocket;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.verify.net.ReadBounds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fuzzes what a hostile server sends a WebSocket client: the upgrade response's status line and headers, then
 * frames joined into messages (fragments, control frames between them, close payloads, 16- and 64-bit lengths).
 * Any input may be refused with an {@link IOException} (a protocol error, a bound hit, the end of the bytes);
 * anything else, a hang or an outsized allocation is a bug. A plain test run replays the committed corpus
 * (WebSocketReaderFuzzTestInputs); docs/benchmarks.md says how to fuzz for longer.
 */
class WebSocketReaderFuzzTest {
    /** Small bounds so the fuzzer reaches them with short inputs. */
    private static final int HEAD_LIMIT = 4096;
    private static final int MESSAGE_LIMIT = 1024;

    @FuzzTest(maxDuration = "60s")
    void readHandshakeAndMessages_anyBytes_readsOrRefusesCleanly(byte[] input) {
        InputStream in = new ByteArrayInputStream(input);
        try {
            ResponseHead head = ResponseHead.read(in, HEAD_LIMIT);
            OpeningHandshake.withFreshKey(new java.util.Random(0)).checkUpgrade(head);
        } catch (IOException refused) {
            // not an acceptable upgrade; the frames after it are still read, as if it had been
        }
        MessageReader messages = new MessageReader(in, MESSAGE_LIMIT);
        try {
            for (int i = 0; i < 64; i++) {
                Message message = messages.next();
                if (message instanceof Message.Text text && text.text().length() > MESSAGE_LIMIT) {
                    throw new IllegalStateException("a message longer than the bound was returned");
                }
            }
        } catch (ReadBounds.BoundHit expected) {
            // the bound did its job
        } catch (IOException expected) {
            // a refusal is the right answer to bytes that are not a server's frames
        }
    }
}
