package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Terrapin (CVE-2023-48795): with ChaCha20-Poly1305, or an encrypt-then-MAC MAC beside a CBC cipher, a man in the
 * middle can drop packets at the start of the session unless the server supports strict key exchange.
 */
public final class TerrapinCheck extends AbstractCheck<SshObservation> implements SshCheck {
    static final String STRICT_KEX = "kex-strict-s-v00@openssh.com";
    public static final RuleInfo RULE = new RuleInfo("SSH_TERRAPIN", Severity.MEDIUM,
            "SSH server is open to the Terrapin prefix-truncation attack",
            "The server offers chacha20-poly1305@openssh.com, or an -etm MAC together with a CBC cipher, without "
                    + "strict key exchange (kex-strict-s-v00@openssh.com). A man in the middle can silently drop "
                    + "the first messages after key exchange and downgrade extension negotiation.",
            "Update OpenSSH to 9.6 or a distribution build with the strict-KEX fix; until then remove "
                    + "chacha20-poly1305@openssh.com and the -etm MACs or the CBC ciphers.",
            List.of("https://terrapin-attack.com", "https://nvd.nist.gov/vuln/detail/CVE-2023-48795"));

    public TerrapinCheck() {
        super(RULE);
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        KexInit offer = o.hello().kexInit();
        if (offer.kex().contains(STRICT_KEX)) {
            return Optional.empty();
        }
        List<String> vulnerable = new ArrayList<>();
        if (offer.ciphers().contains("chacha20-poly1305@openssh.com")) {
            vulnerable.add("chacha20-poly1305@openssh.com");
        }
        List<String> cbc = offer.ciphers().stream().filter(c -> c.contains("-cbc")).toList();
        List<String> etm = offer.macs().stream().filter(m -> m.endsWith("-etm@openssh.com")).toList();
        if (!cbc.isEmpty() && !etm.isEmpty()) {
            vulnerable.add(String.join("/", cbc) + " with " + String.join("/", etm));
        }
        return vulnerable.isEmpty() ? Optional.empty()
                : Optional.of("no " + STRICT_KEX + " in the KEX list; offered: " + String.join("; ", vulnerable));
    }
}
