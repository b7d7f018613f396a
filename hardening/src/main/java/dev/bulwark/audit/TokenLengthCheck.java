package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;

/**
 * The gateway token must be long enough not to be guessed. Only its length crosses the wire: the command counts
 * the bytes on the host ({@code wc -c}) and the value never leaves it.
 */
public final class TokenLengthCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_TOKEN_SHORT", Severity.HIGH,
            "The gateway token is short",
            "The gateway token file holds fewer characters than the hardening policy's minimum; a short token can "
                    + "be guessed by anyone who reaches the gateway.",
            "Generate a new token (openssl rand -hex 32) into the credential file, restart the unit, and update "
                    + "the clients.",
            List.of("docs/ssh-audit.md#host-audit"));

    @Override
    public String id() {
        return "token-length";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        String file = ShellQuote.quote(layout.tokenFile());
        return HostCommand.root("test -r " + file + " && tr -d '\\r\\n' < " + file + " | wc -c");
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.exitStatus() == 1 && result.stdout().isBlank()) {
            return new CheckResult.NotChecked("token file " + context.layout().tokenFile() + " is missing or unreadable");
        }
        if (result.problem("wc").isPresent()) {
            return new CheckResult.NotChecked(result.problem("wc").get());
        }
        String count = result.stdout().trim();
        if (!count.matches("\\d{1,9}")) {
            return new CheckResult.NotChecked("wc -c printed '" + Untrusted.text(count, 40) + "', not a count");
        }
        int length = Integer.parseInt(count);
        return length >= context.minTokenLength() ? CheckResult.pass()
                : CheckResult.fail(RULE, context, context.layout().tokenFile() + " holds " + length
                        + " characters; the policy asks for at least " + context.minTokenLength());
    }
}
