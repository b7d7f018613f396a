package dev.bulwark.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A console that records every line (and every question asked) and answers questions from a script. */
public final class RecordingConsole implements Console {
    public final List<String> lines;
    public final Deque<String> answers = new ArrayDeque<>();
    public boolean interactive;

    public RecordingConsole() {
        this(new ArrayList<>(), false);
    }

    /** Records into {@code lines}, a list the test already holds. */
    public RecordingConsole(List<String> lines, boolean interactive) {
        this.lines = lines;
        this.interactive = interactive;
    }

    @Override
    public void line(String text) {
        lines.add(text);
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public Optional<String> ask(String prompt) {
        lines.add(prompt);
        return Optional.ofNullable(answers.poll());
    }

    public String text() {
        return String.join("\n", lines);
    }
}
