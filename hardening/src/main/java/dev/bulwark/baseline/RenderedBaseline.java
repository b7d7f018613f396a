package dev.bulwark.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Everything the host baseline installs, as files in install order; the install script and tests read it. */
public record RenderedBaseline(List<BaselineFile> files) {
    public RenderedBaseline {
        files = List.copyOf(files);
        List<String> seen = new ArrayList<>();
        for (BaselineFile f : files) {
            if (seen.contains(f.path())) {
                throw new IllegalArgumentException("baseline renders " + f.path() + " twice");
            }
            seen.add(f.path());
        }
    }

    /** The file at {@code path}; tests and the install script look files up by their path constant. */
    public BaselineFile file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("the baseline renders no " + path));
    }
}
