package dev.bulwark.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns a path into the text of a user's YAML file (blueprint, targets, waivers), refusing what is not a small
 * UTF-8 text file before any YAML parser sees
 * it: a missing file, a directory, a device, something huge, binary content.
 */
public final class YamlFileReader {

    private final YamlFileKind kind;
    private final String fileHint;

    private YamlFileReader(YamlFileKind kind) {
        this.kind = kind;
        this.fileHint = "pass the path of a " + kind.fileNoun() + ", e.g. " + kind.example();
    }

    /** Reads {@code file} as text of {@code kind}; anything that is not a small UTF-8 text file is refused. */
    public static String read(Path file, YamlFileKind kind, Problems problems) throws SourceFileException {
        return new YamlFileReader(kind).read(file, problems);
    }

    private String read(Path file, Problems problems) throws SourceFileException {
        SourceLocation start = problems.at(1, 1);
        if (Files.isDirectory(file)) {
            throw problems.fatal(start, "is a directory, not a " + kind.fileNoun(), fileHint);
        }
        if (!Files.exists(file)) {
            throw problems.fatal(start, "no such file", fileHint);
        }
        if (!Files.isRegularFile(file)) {
            throw problems.fatal(start, "is not a regular file (a device, pipe or socket)", fileHint);
        }
        if (!Files.isReadable(file)) {
            throw problems.fatal(start, "cannot be read (permission denied)", "check the file's permissions");
        }
        byte[] bytes = readBounded(file, problems);
        return decode(bytes, problems);
    }

    private byte[] readBounded(Path file, Problems problems) throws SourceFileException {
        SourceLocation start = problems.at(1, 1);
        try {
            long size = Files.size(file);
            if (size > kind.maxBytes()) {
                throw tooLarge(problems, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(kind.maxBytes() + 1); // the file may have grown since it was measured
                if (bytes.length > kind.maxBytes()) {
                    throw tooLarge(problems, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw problems.fatal(start, "no such file", fileHint);
        } catch (IOException e) {
            throw problems.fatal(start, "could not be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file exists and is readable");
        }
    }

    private SourceFileException tooLarge(Problems problems, long size) {
        return problems.fatal(problems.at(1, 1), "file is " + (size / 1024) + " KiB; a " + kind.noun()
                + " may be at most " + (kind.maxBytes() / 1024) + " KiB", "a " + kind.noun() + " is short; "
                + "check that this is the right file");
    }

    private String decode(byte[] bytes, Problems problems) throws SourceFileException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw problems.fatal(position(bytes, i, problems), "file is binary (contains NUL bytes), not YAML text",
                        "a " + kind.noun() + " is UTF-8 text; if it was saved as UTF-16, save it again as UTF-8");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw problems.fatal(position(bytes, in.position(), problems), "file is not valid UTF-8 text",
                    "save the " + kind.noun() + " as UTF-8");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line and column of a byte offset, counting columns in bytes (good enough to find a bad byte). */
    private static SourceLocation position(byte[] bytes, int offset, Problems problems) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return problems.at(line, offset - lineStart + 1);
    }
}
