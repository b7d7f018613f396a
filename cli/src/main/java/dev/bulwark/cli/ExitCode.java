package dev.bulwark.cli;

/** Every exit code bulwark uses; the root command's --help and the README list them from here. */
public enum ExitCode {
    OK(0, "success: nothing at or above --fail-on"),
    FINDINGS(1, "findings at or above --fail-on"),
    USAGE(2, "usage, blueprint or configuration error"),
    ENVIRONMENT(3, "environment error (e.g. Node.js missing) or a target could not be checked (unreachable, timed out)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** What picocli shows under "Exit codes:" in --help, in code order. */
    public static java.util.Map<String, String> helpLines() {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (ExitCode e : values()) {
            lines.put(Integer.toString(e.code), e.meaning);
        }
        return lines;
    }
}
