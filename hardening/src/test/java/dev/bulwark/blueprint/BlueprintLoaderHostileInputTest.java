package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input meant to hurt the parser is refused with one clear, located message: no stack trace, no hang. */
class BlueprintLoaderHostileInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> hostile() {
        String bomb = Blueprints.lines(
                "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
                "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
                "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
                "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
                "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
                "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
                "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
                "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
                "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]");
        return Stream.of(
                arguments("billion laughs", bytes(bomb), "1:4", "anchors and aliases are not supported"),
                arguments("alias of a scalar", bytes(Blueprints.minimalPlus("bundle: *size")), "7:9",
                        "anchors and aliases are not supported"),
                arguments("anchor on a key", bytes(Blueprints.minimalPlus("&k tags: {}")), "7:1",
                        "anchors and aliases are not supported"),
                arguments("300 KiB file", bytes(Blueprints.minimalPlus("# " + "x".repeat(300 * 1024))), "1:1",
                        "at most 256 KiB"),
                arguments("NUL bytes", "name: x\0\n".getBytes(StandardCharsets.UTF_8), "1:8", "binary"),
                arguments("UTF-16", "name: x\n".getBytes(StandardCharsets.UTF_16), "1:3", "binary"),
                arguments("invalid UTF-8", concat(bytes("name: x\nregion: "), new byte[] {(byte) 0xff, '\n'}), "2:9",
                        "not valid UTF-8"),
                arguments("deep flow nesting", bytes("a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n"), "1:23",
                        "nesting is deeper than 20 levels"),
                arguments("deep block nesting", bytes(deepBlock(30)), "21:41", "nesting is deeper than 20 levels"),
                arguments("two documents", bytes(Blueprints.minimalPlus("---", "name: other")), "8:1",
                        "more than one YAML document"),
                arguments("tab indentation", bytes(Blueprints.minimalPlus("admin:", "\tuser: ubuntu")), "8:1",
                        "tab character used for indentation"),
                arguments("syntax error", bytes(Blueprints.minimalPlus("tags: {owner: [}")), "7:16", "YAML syntax error"),
                arguments("empty file", new byte[0], "1:1", "blueprint is empty"),
                arguments("only comments", bytes("# just a comment\n\n"), "1:1", "blueprint is empty"),
                arguments("top-level list", bytes("- name: x\n"), "1:1", "top level must be a mapping"),
                arguments("top-level scalar", bytes("openclaw\n"), "1:1", "top level must be a mapping"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void load_hostileInput_refusedWithOneLocatedProblem(String description, byte[] content, String lineColumn,
                                                        String fragment) {
        BlueprintException e = Blueprints.failure(Blueprints.write(dir, content));

        assertEquals(1, e.problems().size(), e::getMessage);
        SourceProblem p = e.problems().get(0);
        assertEquals(lineColumn, p.location().line() + ":" + p.location().column(), e::getMessage);
        assertTrue(p.message().contains(fragment), p::toString);
        assertTrue(!p.hint().isEmpty(), p::toString);
    }

    @Test
    void load_duplicateKeys_reportsEachDuplicateWithTheFirstLine() {
        String yaml = Blueprints.minimalPlus("name: again", "agent:", "  version: 2026.9.7", "tags: {a: x, a: y}");

        BlueprintException e = Blueprints.failure(dir, yaml);

        assertEquals(3, e.problems().size(), e::getMessage);
        assertEquals("name", e.problems().get(0).path());
        assertEquals(7, e.problems().get(0).location().line());
        assertTrue(e.problems().get(0).message().contains("duplicate key `name` (first written at line 1)"));
        assertEquals("agent", e.problems().get(1).path());
        assertEquals("tags.a", e.problems().get(2).path());
        assertEquals(14, e.problems().get(2).location().column());
    }

    @Test
    void load_directory_saysItIsADirectory() {
        BlueprintException e = Blueprints.failure(dir);

        assertTrue(e.getMessage().contains("is a directory, not a blueprint file"), e::getMessage);
    }

    @Test
    void load_missingFile_saysNoSuchFile() {
        BlueprintException e = Blueprints.failure(dir.resolve("nope.yaml"));

        assertTrue(e.getMessage().contains("nope.yaml:1:1: no such file"), e::getMessage);
    }

    @Test
    void load_unreadableFile_saysPermissionDenied() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file; permissions cannot deny it");
        Path file = Blueprints.write(dir, Blueprints.minimalPlus());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        BlueprintException e = Blueprints.failure(file);

        assertTrue(e.getMessage().contains("permission denied"), e::getMessage);
    }

    @Test
    void load_fifo_refusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeFalse(mkfifo.waitFor() != 0, "mkfifo is not available");

        BlueprintException e = Blueprints.failure(fifo);

        assertTrue(e.getMessage().contains("not a regular file"), e::getMessage);
    }

    private static String deepBlock(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(depth)).append("leaf: 1\n");
        return sb.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
