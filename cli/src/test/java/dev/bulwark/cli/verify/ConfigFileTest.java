package dev.bulwark.cli.verify;

import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.TestProbes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bulwark.yaml} / {@code --config}: defaults a team repeats, flags winning, bad files exit 2 with the line. */
class ConfigFileTest extends LoopbackVerifyTest {
    private int run(List<Probe> probes, String... args) {
        return cli.run(probes, args);
    }

    private String config(String text) throws IOException {
        return Files.writeString(dir.resolve("bulwark.yaml"), text).toString();
    }

    @Test
    void config_failOnAndFormat_applyAndFlagsWin() throws IOException {
        String file = config("fail-on: critical\nformat: json\n");
        List<Probe> high = List.of(TestProbes.connect(Severity.HIGH));

        assertEquals(0, run(high, "verify", url, "--config", file), err.toString());
        assertTrue(out.toString().trim().startsWith("{"), "format: json from the file: " + out);

        out.getBuffer().setLength(0);
        assertEquals(1, run(high, "verify", url, "--config", file, "--fail-on", "high", "--format", "text"),
                err.toString());
        assertFalse(out.toString().trim().startsWith("{"), "--format text wins over the file: " + out);
    }

    @Test
    void config_helpShowsTheFilesValueAsTheDefault() throws IOException {
        String file = config("timeout: 2m\n");
        assertEquals(0, run(List.of(), "verify", "--config", file, "--help"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("(default: 2m)"), out.toString());
    }

    @Test
    void config_waiversPathRelativeToTheFile() throws IOException {
        Files.writeString(dir.resolve("waivers.yaml"), "- ruleId: NOT_A_RULE\n  target: x\n  reason: r\n"
                + "  expires: 2099-01-01\n");
        String file = config("waivers: waivers.yaml\n");
        assertEquals(2, run(List.of(TestProbes.connect(null)), "verify", url, "--config", file), err.toString());
        assertTrue(err.toString().contains(dir.resolve("waivers.yaml").toString()), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fail-on: high\\nfailOn: high          | bulwark.yaml:2:1 | unknown key 'failOn'",
        "timeout: soon                          | bulwark.yaml:1:10 | 'timeout' is not a duration",
        "format: xml                            | bulwark.yaml:1:9 | 'format' is not one of text, json",
        "- fail-on: high                        | bulwark.yaml:1:1 | expected a mapping"})
    void config_unknownKeyOrBadValue_exit2WithTheLine(String text, String where, String message) throws IOException {
        String file = config(text.trim().replace("\\n", "\n") + "\n");
        assertEquals(2, run(List.of(TestProbes.connect(null)), "verify", url, "--config", file), err.toString());
        assertTrue(err.toString().contains(where), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void config_missingFile_exit2() {
        assertEquals(2, run(List.of(), "verify", url, "--config", dir.resolve("nope.yaml").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }
}
