package dev.bulwark.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlUiSignalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as the tarball ships it, as the gateway serves it (rooted, with a cache-busting query), with a base path
        "<script type=\"module\" crossorigin src=\"./assets/index-B6YtUsIL.js\"></script> | index-B6YtUsIL.js",
        "<script src=\"/assets/index-DsEuFQRE.js?v=2026.9.6-release-x\"></script>          | index-DsEuFQRE.js",
        "<script src='/agent/assets/index-Cl-Y9zqE.js'></script>                          | index-Cl-Y9zqE.js",
        "<link rel=\"modulepreload\" href=\"./assets/lit-runtime-rCV7JsmW.js\">             | lit-runtime-rCV7JsmW.js",
        "<link rel=\"icon\" href=\"./favicon.svg\">                                         | ''",
        "<img src=\"./assets/logo.png\">                                                    | ''",
    })
    void of_page_readsAssetNames(String html, String expected) {
        ControlUiSignals s = ControlUiSignals.of(html);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), s.assets());
    }

    @org.junit.jupiter.api.Test
    void of_page_readsBuildIdAndEntryScript() {
        ControlUiSignals s = ControlUiSignals.of("<html data-openclaw-control-ui-build-id=\"2026.9.6-release-eb3\">"
                + "<link rel=stylesheet href=\"./assets/index-DEPfFcOb.css\"><script src=\"./assets/index-Cl-Y9zqE.js\">");
        assertEquals(Optional.of("2026.9.6-release-eb3"), s.buildId());
        assertEquals(Optional.of("index-Cl-Y9zqE.js"), s.entryScript());
        assertEquals(List.of("index-Cl-Y9zqE.js", "index-DEPfFcOb.css"), s.assets());
    }
}
