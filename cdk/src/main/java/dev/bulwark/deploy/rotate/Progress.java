package dev.bulwark.deploy.rotate;

import dev.bulwark.deploy.Console;

import java.util.Optional;

/** Consoles the rotation engine uses when its caller has none to give (the engine's own tests). */
final class Progress {
    /** Says nothing and asks nobody. */
    static final Console SILENT = new Console() {
        @Override
        public void line(String text) {
        }

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public Optional<String> ask(String prompt) {
            return Optional.empty();
        }
    };

    private Progress() {
    }
}
