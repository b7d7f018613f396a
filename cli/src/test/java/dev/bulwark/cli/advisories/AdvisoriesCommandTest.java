package dev.bulwark.cli.advisories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark advisories} through {@link Main}: the shipped data, one id, OSV and tables merged over it. */
class AdvisoriesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "advisories";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void advisories_noArguments_countsNewestEntryAndDataDates() {
        assertEquals(0, run(), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("Advisories: 657 ("), text);
        assertTrue(text.contains("newest entry (latest fix): CVE-2026-100558 (GHSA-4r25-35qc-fr6j), fixed in 2026.8.1"),
                text);
        assertTrue(text.contains("from openclaw-advisories.osv.json: 655 entries, data of 2026-08-21T00:00:00Z"), text);
        assertTrue(text.contains("Release fingerprints: 136 published versions, 133 with a Control UI page"), text);
        assertTrue(text.contains("table release-fingerprints.json 2026-12-04"), text);
    }

    @Test
    void advisories_ghsaId_showsTheAdvisoryWithBothIds() {
        assertEquals(0, run("GHSA-4r25-35qc-fr6j"), err.toString());
        assertTrue(out.toString().startsWith("CVE-2026-100558 (GHSA-4r25-35qc-fr6j)\n"), out.toString());
        assertTrue(out.toString().contains("affected:   < 2026.8.1"), out.toString());
    }

    @Test
    void advisories_unknownId_exit2WithAHint() {
        assertEquals(2, run("CVE-1999-0001"));
        assertTrue(err.toString().contains("CVE-1999-0001 is not a known advisory"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void advisories_withOsvFile_mergesAndShowsIt(@TempDir Path dir) throws IOException {
        Path osv = Files.writeString(dir.resolve("later.json"), """
                {"id":"GHSA-zzzz-1111-2222","modified":"2026-09-26T10:00:00Z","aliases":["CVE-2026-100525"],
                 "summary":"later","affected":[{"package":{"ecosystem":"npm","name":"openclaw"},
                 "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2026.9.6"}]}]}]}
                """);
        assertEquals(0, run("--advisories", osv.toString(), "CVE-2026-100525"), err.toString());
        assertTrue(out.toString().contains("source:     " + osv), out.toString());
    }

    @Test
    void advisories_badOsvFile_exit2NamingIt(@TempDir Path dir) throws IOException {
        Path osv = Files.writeString(dir.resolve("bad.json"), "{not json");
        assertEquals(2, run("--advisories", osv.toString()));
        assertTrue(err.toString().contains("cannot read " + osv + " as OSV advisories"), err.toString());
    }

    @Test
    void advisories_missingTable_exit2() {
        assertEquals(2, run("--fingerprints", "/nonexistent/table.json"));
        assertTrue(err.toString().contains("--fingerprints /nonexistent/table.json does not exist"), err.toString());
    }
}
