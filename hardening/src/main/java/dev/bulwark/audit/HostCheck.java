package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;

/**
 * One rule about the host, seen from inside: a read-only command built from the layout (every value quoted), and a
 * pure function from its output to findings. Output is untrusted; anything unreadable is "could not check".
 */
public interface HostCheck {
    /** Short stable name, shown as the probe id in reports, e.g. {@code firewall}. */
    String id();

    RuleInfo rule();

    HostCommand command(HostLayout layout);

    /** Whether there is anything to check, e.g. a pinned version needs a blueprint that pins one. */
    default boolean appliesTo(HostContext context) {
        return true;
    }

    CheckResult evaluate(CommandResult result, HostContext context);
}
