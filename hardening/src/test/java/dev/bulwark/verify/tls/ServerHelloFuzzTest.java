package dev.bulwark.verify.tls;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the hand-written reader of a server's answer to a legacy ClientHello (TLS records up to the ServerHello's
 * version). Any input gives accepted or refused, or an {@link IOException} at the end of the bytes; anything else is
 * a bug. A plain test run replays the committed corpus (ServerHelloFuzzTestInputs).
 */
class ServerHelloFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void answer_anyRecords_acceptedOrRefusedCleanly(FuzzedDataProvider data) {
        ProtocolVersion offered = data.pickValue(ProtocolVersion.values());
        try {
            LegacyProtocolProber.answer(new ByteArrayInputStream(data.consumeRemainingAsBytes()), offered);
        } catch (IOException expected) {
            // the bytes ended before a ServerHello: what a server hanging up looks like
        }
    }
}
