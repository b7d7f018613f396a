package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import java.util.List;
import java.util.Optional;

/**
 * The SSH banner's comment (e.g. {@code Debian-2+deb12u3}) tells a scanner the distribution and its patch level,
 * which narrows the search for a known hole. The version itself is part of the protocol; the comment is not.
 */
public final class VersionDisclosedCheck extends AbstractCheck<SshObservation> implements SshCheck {
    public static final RuleInfo RULE = new RuleInfo("SSH_VERSION_DISCLOSED", Severity.INFO,
            "SSH banner discloses the distribution patch level",
            "The identification line carries a comment after the software version, such as 'Debian-2+deb12u3', "
                    + "that tells anyone which distribution build, and so which patches, the server runs.",
            "On Debian and Ubuntu set 'DebianBanner no' in sshd_config; elsewhere the comment comes from the "
                    + "build and can be left as is.",
            List.of("https://manpages.debian.org/bookworm/openssh-server/sshd_config.5.en.html", "docs/ssh-audit.md"));

    public VersionDisclosedCheck() {
        super(RULE);
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        String software = o.hello().software();
        int space = software.indexOf(' ');
        return space < 0 ? Optional.empty()
                : Optional.of("banner '" + o.hello().banner() + "' carries '" + software.substring(space + 1) + "'");
    }
}
