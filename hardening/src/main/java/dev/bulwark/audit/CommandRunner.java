package dev.bulwark.audit;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs each distinct host command once (several checks read {@code sshd -T}), in a fixed environment (PATH with the
 * sbin directories, C locale), through {@code sudo -n} when it needs root and the login user is not root.
 */
final class CommandRunner {
    static final String ENVIRONMENT = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin; "
            + "LC_ALL=C; export PATH LC_ALL; ";
    private final RemoteShell shell;
    private final boolean root;
    private final Map<String, FutureTask<CommandResult>> results = new ConcurrentHashMap<>();

    private CommandRunner(RemoteShell shell, boolean root) {
        this.shell = shell;
        this.root = root;
    }

    /** Asks the host who we are ({@code id -u}), once, to know whether root commands need sudo. */
    static CommandRunner open(RemoteShell shell, Duration timeout) throws IOException, InterruptedException {
        CommandResult id = shell.run(ENVIRONMENT + "id -u", timeout);
        return new CommandRunner(shell, id.succeeded() && id.stdout().trim().equals("0"));
    }

    CommandResult run(HostCommand command, Duration timeout) throws IOException, InterruptedException {
        String line = ENVIRONMENT + (command.needsRoot() && !root
                ? "sudo -n sh -c " + ShellQuote.quote(command.shell()) : command.shell());
        FutureTask<CommandResult> task = new FutureTask<>(() -> shell.run(line, timeout));
        FutureTask<CommandResult> existing = results.putIfAbsent(line, task);
        FutureTask<CommandResult> mine = existing == null ? task : existing;
        if (existing == null) {
            task.run();
        }
        try {
            return mine.get();
        } catch (CancellationException e) {
            throw new IOException("the command was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IOException(e.getCause());
        }
    }
}
