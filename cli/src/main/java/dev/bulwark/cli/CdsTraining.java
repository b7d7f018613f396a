package dev.bulwark.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run for the class-data-sharing archive made at package time ({@code cli/pom.xml}): runs the commands
 * whose start-up counts most (verify, discover, the help texts) in one JVM, against loopback port 1 where nothing
 * listens, so every class they load before and after the first connect lands in {@code cli/target/bulwark.jsa}.
 * No network beyond loopback, no file written but the archive.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        String[][] runs = {
            {"--help"},
            {"verify", "--help"},
            {"verify", "http://127.0.0.1:1/", "--host", "127.0.0.1", "--timeout", "3s", "--format", "json"},
            {"verify", "http://127.0.0.1:1/", "--timeout", "3s", "--format", "sarif"},
            {"discover", "--help"},
            {"discover", "127.0.0.1", "--ports", "1", "--format", "json"},
            {"discover", "127.0.0.1", "--ports", "1"},
        };
        for (String[] run : runs) {
            Main.run(run, sink, sink);
        }
    }
}
