package dev.bulwark.cdk.synth;

/** Synthesis could not produce a template and a complete validation report; the message says what to fix. */
public class SynthException extends Exception {
    private static final long serialVersionUID = 1L;

    public SynthException(String message) {
        super(message);
    }

    public SynthException(String message, Throwable cause) {
        super(message, cause);
    }
}
