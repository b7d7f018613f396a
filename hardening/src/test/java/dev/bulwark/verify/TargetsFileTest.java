package dev.bulwark.verify;

import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.blueprint.SourceProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsFileTest {
    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("targets.yaml"), yaml);
    }

    @Test
    void load_validEntries_keepsLinesAndResolvesBlueprintsBesideTheFile() throws Exception {
        Path file = write("""
                # fleet
                - url: https://a.example.com
                  host: 203.0.113.10
                  blueprint: blueprints/a.yaml
                - url: https://b.example.com
                """);
        List<TargetsFile.Entry> entries = TargetsFile.load(file);

        assertEquals(2, entries.size());
        assertEquals(URI.create("https://a.example.com"), entries.get(0).url());
        assertEquals(Optional.of("203.0.113.10"), entries.get(0).host());
        assertEquals(Optional.of(dir.resolve("blueprints/a.yaml")), entries.get(0).blueprint());
        assertEquals(2, entries.get(0).location().line());
        assertEquals(5, entries.get(1).location().line());
        assertEquals(Optional.empty(), entries.get(1).host());
    }

    @Test
    void load_everyProblem_reportedAtOnceWithFileAndLine() throws Exception {
        Path file = write("""
                - url: ftp://a.example.com
                - host: 203.0.113.10
                - url: https://c.example.com
                  colour: red
                - url: [https://d.example.com]
                """);
        SourceFileException e = assertThrows(SourceFileException.class, () -> TargetsFile.load(file));

        List<String> problems = e.problems().stream().map(SourceProblem::toString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":1:") && problems.get(0).contains("https://"), problems.toString());
        assertTrue(problems.get(1).startsWith(file + ":2:") && problems.get(1).contains("missing 'url'"),
                problems.toString());
        assertTrue(problems.get(2).startsWith(file + ":4:") && problems.get(2).contains("unknown key 'colour'"),
                problems.toString());
        assertTrue(problems.get(3).startsWith(file + ":5:") && problems.get(3).contains("single value"),
                problems.toString());
    }

    @Test
    void load_notAList_saysWhatShapeIsExpected() throws Exception {
        Path file = write("url: https://a.example.com\n");
        SourceFileException e = assertThrows(SourceFileException.class, () -> TargetsFile.load(file));
        assertTrue(e.getMessage().contains("expected a YAML list"), e.getMessage());
    }

    @Test
    void load_brokenYaml_pointsAtTheLine() throws Exception {
        Path file = write("- url: https://a.example.com\n  host: [unclosed\n");
        SourceFileException e = assertThrows(SourceFileException.class, () -> TargetsFile.load(file));
        assertTrue(e.getMessage().contains("YAML syntax error"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":3:"), "points at the line: " + e.getMessage());
    }
}
