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
 * Turns a path into blueprint text, refusing what is not a small UTF-8 text file before any YAML parser sees
 * it: a missing file, a directory, a device, something huge, binary content.
 */
final class BlueprintFileReader {
    static final int MAX_BYTES = 256 * 1024;
    private static final String FILE_HINT = "pass the path of a blueprint .yaml file, "
            + "e.g. blueprints/openclaw-instance.yaml";

    private BlueprintFileReader() {
    }

    static String read(Path file) throws BlueprintException {
        Problems problems = new Problems(file);
        SourceLocation start = problems.at(1, 1);
        if (Files.isDirectory(file)) {
            throw problems.fatal(start, "is a directory, not a blueprint file", FILE_HINT);
        }
        if (!Files.exists(file)) {
            throw problems.fatal(start, "no such file", FILE_HINT);
        }
        if (!Files.isRegularFile(file)) {
            throw problems.fatal(start, "is not a regular file (a device, pipe or socket)", FILE_HINT);
        }
        if (!Files.isReadable(file)) {
            throw problems.fatal(start, "cannot be read (permission denied)", "check the file's permissions");
        }
        byte[] bytes = readBounded(file, problems);
        return decode(bytes, problems);
    }

    private static byte[] readBounded(Path file, Problems problems) throws BlueprintException {
        SourceLocation start = problems.at(1, 1);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(problems, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since it was measured
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(problems, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw problems.fatal(start, "no such file", FILE_HINT);
        } catch (IOException e) {
            throw problems.fatal(start, "could not be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file exists and is readable");
        }
    }

    private static BlueprintException tooLarge(Problems problems, long size) {
        return problems.fatal(problems.at(1, 1), "file is " + (size / 1024) + " KiB; a blueprint may be at most "
                + (MAX_BYTES / 1024) + " KiB", "a blueprint is a short description of one deployment; "
                + "check that this is the right file");
    }

    private static String decode(byte[] bytes, Problems problems) throws BlueprintException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw problems.fatal(position(bytes, i, problems), "file is binary (contains NUL bytes), not YAML text",
                        "a blueprint is UTF-8 text; if it was saved as UTF-16, save it again as UTF-8");
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
                    "save the blueprint as UTF-8");
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
