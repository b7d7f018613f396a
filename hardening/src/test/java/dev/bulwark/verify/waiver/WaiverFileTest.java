package dev.bulwark.verify.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.blueprint.SourceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiverFileTest {
    static final Set<String> KNOWN = Set.of("PORT_UNEXPECTED_OPEN", "TLS_OLD_PROTOCOL", "HTTP_NO_HSTS");

    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("waivers.yaml"), yaml);
    }

    @Test
    void load_validFile_readsEveryFieldAndLine() throws Exception {
        Path file = write("""
                - ruleId: PORT_UNEXPECTED_OPEN
                  target: "203.0.113.10:*"
                  reason: bastion migration, ticket OPS-12
                  expires: 2026-12-31
                """);
        Waiver w = WaiverFile.load(file, KNOWN).all().get(0);

        assertEquals("PORT_UNEXPECTED_OPEN", w.ruleId());
        assertEquals("203.0.113.10:*", w.target());
        assertEquals(LocalDate.parse("2026-12-31"), w.expires());
        assertEquals(1, w.location().line());
        assertEquals(file, w.location().file());
    }

    @Test
    void load_invalidEntries_everyProblemWithFileAndLine() throws Exception {
        Path file = write("""
                - ruleId: TLS_OLD_PROTOCOL
                  target: https://a.example.com/
                  expires: 2026-12-31
                - ruleId: HTTP_NO_HSTS
                  target: https://a.example.com/
                  reason: legacy
                  expires: next year
                - ruleId: TARGET_UNREACHABLE
                  target: "*"
                  reason: flaky
                  expires: 2026-12-31
                """);
        SourceFileException e = assertThrows(SourceFileException.class, () -> WaiverFile.load(file, KNOWN));

        List<String> problems = e.problems().stream().map(SourceProblem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":1:") && problems.get(0).contains("missing 'reason'"),
                problems.toString());
        assertTrue(problems.get(1).startsWith(file + ":7:") && problems.get(1).contains("YYYY-MM-DD"),
                problems.toString());
        assertTrue(problems.get(2).startsWith(file + ":8:") && problems.get(2).contains("cannot be waived"),
                problems.toString());
    }

    @Test
    void load_emptyFile_waivesNothing() throws Exception {
        assertTrue(WaiverFile.load(write("# no waivers yet\n"), KNOWN).all().isEmpty());
    }

    @Test
    void load_yamlAliasBomb_isRefused() throws Exception {
        Path file = write("""
                - &a {ruleId: X, target: y, reason: z, expires: 2026-01-01}
                - *a
                """);
        assertThrows(SourceFileException.class, () -> WaiverFile.load(file, KNOWN));
    }

    @ParameterizedTest
    @CsvSource({
        "203.0.113.10:*, 203.0.113.10:22, true",
        "203.0.113.10:*, 203.0.113.11:22, false",
        "https://*.example.com/, https://a.example.com/, true",
        "https://a.example.com/, https://a.example.com/, true",
        "https://a.example.com/, https://a.example.com/x, false",
        "host-?.example.com, host-1.example.com, true",
        "a.b, axb, false"})
    void covers_exactOrGlobTarget_matchesOnlyWhatItSays(String pattern, String target, boolean expected) {
        Waiver w = new Waiver("R", pattern, "why", LocalDate.parse("2026-12-31"),
                new dev.bulwark.blueprint.SourceLocation(Path.of("w.yaml"), 1, 1));
        assertEquals(expected, w.covers("R", target));
    }

    /** Waivers files go through the blueprint's hardened reader: the same refusals, the same problem type. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "alias bomb      | '- &a {ruleId: X, target: y, reason: z, expires: 2026-12-31}\\n- *a\\n' | alias",
        "duplicate key   | '- ruleId: HTTP_NO_HSTS\\n  ruleId: TLS_OLD_PROTOCOL\\n'                  | duplicate key",
        "tag             | '- ruleId: !!binary SFRUUF9OT19IU1RT\\n'                                  | tags",
        "two documents   | '- ruleId: A\\n---\\n- ruleId: B\\n'                                      | more than one YAML document",
        "not a list      | 'ruleId: HTTP_NO_HSTS\\n'                                                 | expected a YAML list"})
    void load_hostileOrMalformed_refusedWithFileLineAndNoStackTrace(String name, String yaml, String fragment)
            throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));
        SourceFileException e = assertThrows(SourceFileException.class, () -> WaiverFile.load(file, KNOWN));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.location().file().equals(file)), e.getMessage());
    }

    @Test
    void load_binaryFile_refusedBeforeParsing() throws IOException {
        Path file = Files.write(dir.resolve("waivers.yaml"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});
        SourceFileException e = assertThrows(SourceFileException.class, () -> WaiverFile.load(file, KNOWN));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertTrue(e.getMessage().contains("waivers file"), e.getMessage());
    }

    @Test
    void load_misspeltRuleId_isAnErrorWithDidYouMean() throws IOException {
        Path file = write("""
                - ruleId: HTTP_NO_HTST
                  target: "*"
                  reason: typo
                  expires: 2099-12-31
                - ruleId: NOTHING_LIKE_IT
                  target: "*"
                  reason: made up
                  expires: 2099-12-31
                """);
        SourceFileException e = assertThrows(SourceFileException.class, () -> WaiverFile.load(file, KNOWN));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).toString().startsWith(file + ":1:"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("did you mean HTTP_NO_HSTS?"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("unknown rule id 'NOTHING_LIKE_IT'"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("bulwark rules"), e.getMessage());
    }
}
