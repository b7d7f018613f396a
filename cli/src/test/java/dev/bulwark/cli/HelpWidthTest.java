package dev.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's --help wraps at one width, so the help of plan and verify read alike. */
class HelpWidthTest {

    @ParameterizedTest
    @ValueSource(strings = {"plan", "deploy", "verify", "audit-host", "status", "destroy", "image-context", "rules"})
    void help_everyCommand_wrapsAtTheSameWidth(String command) {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {command, "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));

        assertEquals(0, code);
        int widest = out.toString().lines().filter(l -> !l.startsWith("  bulwark ")) // examples are verbatim
                .mapToInt(String::length).max().orElse(0);
        assertTrue(widest <= Main.HELP_WIDTH, command + " --help has a line of " + widest + " characters");
        assertTrue(widest > 80, command + " --help wraps at " + Main.HELP_WIDTH + ", not picocli's 80: " + widest);
    }
}
