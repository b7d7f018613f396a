package dev.bulwark.cli.deploy;

import dev.bulwark.deploy.Console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The console of deploy, status and destroy: progress on stderr (stdout stays for reports), questions answered on
 * stdin only when a person is at a terminal.
 */
public final class TerminalConsole implements Console {
    private final PrintWriter err;
    private final BufferedReader in;
    private final boolean interactive;

    public TerminalConsole(PrintWriter err, BufferedReader in, boolean interactive) {
        this.err = err;
        this.in = in;
        this.interactive = interactive;
    }

    /** A terminal unless stdin or stdout is redirected, or {@code CI} is set (GitHub Actions and most others). */
    public static boolean detectInteractive() {
        String ci = System.getenv("CI");
        return System.console() != null && (ci == null || ci.isBlank() || "false".equalsIgnoreCase(ci));
    }

    @Override
    public void line(String text) {
        err.println(text);
        err.flush();
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public Optional<String> ask(String prompt) {
        if (!interactive) {
            return Optional.empty();
        }
        err.print(prompt);
        err.flush();
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
