package dev.bulwark.advisory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an option such as {@code --advisories FILE|DIR} names: the file, or a directory's {@code *.json}, sorted. */
public final class JsonFiles {
    private JsonFiles() {
    }

    public static List<Path> in(Path fileOrDirectory) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            }
        } else {
            files.add(fileOrDirectory);
        }
        return files;
    }
}
