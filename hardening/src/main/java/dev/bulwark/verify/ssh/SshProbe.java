package dev.bulwark.verify.ssh;

import com.jcraft.jsch.JSchException;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Judgement;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SSH server as anyone on the internet sees it: banner, offered algorithms (read from the raw KEXINIT) and
 * offered authentication methods (asked with method {@code none}). No credential is ever sent.
 */
public final class SshProbe implements Probe {
    public static final String ID = "ssh";
    private final Function<VerifyTarget, Optional<SshEndpoint>> endpoints;
    private final List<SshCheck> checks;

    private SshProbe(Function<VerifyTarget, Optional<SshEndpoint>> endpoints, SshAlgorithmPolicy policy) {
        this.endpoints = endpoints;
        this.checks = SshCheck.all(policy);
    }

    /** For {@code --ssh HOST[:PORT]}: this server, whatever the target, rated by the shipped policy. */
    public static SshProbe at(SshEndpoint endpoint) {
        return at(endpoint, HardeningPolicy.defaults());
    }

    /** This server, rated by {@code policy}'s {@code ssh} section. */
    public static SshProbe at(SshEndpoint endpoint, HardeningPolicy policy) {
        return new SshProbe(target -> Optional.of(endpoint), SshAlgorithmPolicy.of(policy));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleInfo> rules() {
        return checks.stream().map(SshCheck::rule).toList();
    }

    @Override
    public boolean appliesTo(VerifyTarget target) {
        return endpoints.apply(target).isPresent();
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
        SshEndpoint endpoint = endpoints.apply(target).orElseThrow();
        ServerHello hello;
        try {
            hello = KexInitReader.read(endpoint, context.deadline(), context.perCallTimeout());
        } catch (IOException e) {
            return new ProbeOutcome.Unreachable("SSH " + endpoint + ": " + describe(e));
        }
        AuthMethods auth;
        try {
            boolean offersRsa = hello.kexInit().hostKeys().stream()
                    .anyMatch(k -> k.equals("ssh-rsa") || k.startsWith("rsa-sha2-"));
            auth = AuthMethodDiscovery.discover(endpoint, context.deadline().capMillis(context.perCallTimeout()),
                    offersRsa);
        } catch (JSchException e) {
            return new ProbeOutcome.Unreachable("SSH " + endpoint + ": read the algorithms but could not learn the "
                    + "authentication methods (" + KexInitReader.printable(String.valueOf(e.getMessage())) + ")");
        }
        SshObservation observation = new SshObservation(endpoint, hello, auth);
        return Judgement.of(checks, observation, target, endpoint.toString()).outcome();
    }

    private static String describe(IOException e) {
        if (e instanceof SshProtocolException) {
            return e.getMessage();
        }
        if (e instanceof java.net.SocketTimeoutException) {
            return "timed out waiting for the server";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "host name does not resolve";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
