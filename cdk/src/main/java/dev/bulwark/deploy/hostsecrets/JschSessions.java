package dev.bulwark.deploy.hostsecrets;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Vector;

/**
 * One SSH login as deploy makes it: the host key pinned (strict checking, no trust on first use), public key only,
 * Lightsail's certificate offered under its SHA-2 name. Shared by credential delivery and {@code bulwark tunnel}.
 */
public final class JschSessions {
    private JschSessions() {
    }

    public static Session connect(SshTarget target, Duration timeout) throws JSchException {
        JSch jsch = new JSch();
        jsch.setKnownHosts(new ByteArrayInputStream(String.join("\n", target.knownHosts())
                .getBytes(StandardCharsets.UTF_8)));
        byte[] key = target.privateKey().reveal().getBytes(StandardCharsets.UTF_8);
        byte[] certificate = target.certificate().map(c -> c.getBytes(StandardCharsets.UTF_8)).orElse(null);
        Vector<Identity> identities = new Vector<>();
        try {
            jsch.addIdentity("bulwark-deploy", key, certificate, null);
            for (Identity identity : jsch.getIdentityRepository().getIdentities()) {
                identities.add(RsaSha2CertificateIdentity.offered(jsch, identity, key));
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        Session session = jsch.getSession(target.user(), target.host(), target.port());
        session.setIdentityRepository(RsaSha2CertificateIdentity.repositoryOf(identities));
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("PreferredAuthentications", "publickey");
        session.setTimeout((int) timeout.toMillis());
        session.connect((int) timeout.toMillis());
        return session;
    }
}
