package dev.bulwark.audit;

import java.io.IOException;
import java.time.Duration;

/** Runs one command on the audited host; the seam between the audit's checks and the SSH connection. */
public interface RemoteShell {
    /** Runs {@code command} and returns within {@code timeout}, cutting the command off if it is still running. */
    CommandResult run(String command, Duration timeout) throws IOException, InterruptedException;
}
