package dev.bulwark.deploy;

/**
 * Where deploy, status and destroy talk to the person running them. Interactive or not is decided once by the
 * caller (a TTY shows live progress lines and asks before changing anything; CI gets plain lines).
 */
public interface Console {
    /** One line of progress or result; never a secret value. */
    void line(String text);

    /** Whether a person is watching on a terminal (live progress, questions allowed). */
    boolean interactive();

    /**
     * Asks for an answer; returns empty when nobody can answer (not interactive or end of input).
     *
     * @param prompt the question, ending in what to type
     */
    java.util.Optional<String> ask(String prompt);
}
