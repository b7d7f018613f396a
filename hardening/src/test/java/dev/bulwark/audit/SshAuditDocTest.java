package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.ssh.SshEndpoint;
import dev.bulwark.verify.ssh.SshProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/ssh-audit.md lists every rule the SSH probe and the host audit can report, so the docs cannot fall behind. */
class SshAuditDocTest {
    static final Path DOC = Path.of("..", "docs", "ssh-audit.md");

    @Test
    void sshAuditDoc_listsEveryRule() throws IOException {
        String doc = Files.readString(DOC);
        List<RuleInfo> rules = new ArrayList<>(HostAudit.rules());
        rules.addAll(SshProbe.at(new SshEndpoint("localhost", 22)).rules());

        for (RuleInfo rule : rules) {
            assertTrue(doc.contains("| `" + rule.id() + "` | " + rule.severity().label())
                    || doc.contains("| `" + rule.id() + "` | per finding"),
                    rule.id() + " (" + rule.severity().label() + ") is missing from the rules tables in " + DOC);
        }
    }
}
