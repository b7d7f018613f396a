package dev.bulwark.verify.net;

import java.nio.file.Path;

/** The {@code --ca-file} could not be used; a user error whose message says which file and what to pass instead. */
public final class CaFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CaFileException(Path file, String problem) {
        super("Cannot use --ca-file " + file + ": " + problem
                + ". Pass a PEM file with one or more -----BEGIN CERTIFICATE----- blocks (your private CA).");
    }
}
