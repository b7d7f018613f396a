package dev.bulwark.audit;

/** POSIX shell quoting for the few values (paths, names) that go into a remote command line. */
public final class ShellQuote {
    private ShellQuote() {
    }

    /** {@code it's} becomes {@code 'it'\''s'}: one word to the shell, whatever it contains. */
    public static String quote(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a NUL character cannot be passed to a shell");
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
