package dev.bulwark.verify.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the Strict-Transport-Security parser with any header value a server may send: it returns a max-age or
 * nothing, and never throws. A plain test run replays the committed corpus (StrictTransportSecurityFuzzTestInputs).
 */
class StrictTransportSecurityFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void maxAge_anyHeaderValue_neverThrows(FuzzedDataProvider data) {
        StrictTransportSecurity.maxAge(data.consumeRemainingAsString());
    }
}
