package dev.bulwark.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an {@code --out DIR} option before any work: it must be a directory or not exist yet. */
public final class OutDirectory {
    private OutDirectory() {
    }

    public static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(ExitCode.USAGE, "--out " + dir + " is a file, not a directory; give a "
                    + "directory (it is created if missing), e.g. --out cdk.out");
        }
    }
}
