package dev.bulwark.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A console that records every line and answers questions from a script. */
final class RecordingConsole implements Console {
    final List<String> lines = new ArrayList<>();
    final Deque<String> answers = new ArrayDeque<>();
    boolean interactive;

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

    String text() {
        return String.join("\n", lines);
    }
}
