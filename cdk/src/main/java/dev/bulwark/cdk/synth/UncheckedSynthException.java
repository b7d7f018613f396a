package dev.bulwark.cdk.synth;

/**
 * A {@link SynthException} crossing an interface that declares none; the message is the cause's, so a
 * command can print it as is.
 */
public final class UncheckedSynthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncheckedSynthException(SynthException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SynthException getCause() {
        return (SynthException) super.getCause();
    }

    /** Whether Node.js was missing or too old, which callers map to the environment exit code. */
    public boolean nodeRuntimeMissing() {
        return getCause() instanceof NodeRuntimeException;
    }
}
