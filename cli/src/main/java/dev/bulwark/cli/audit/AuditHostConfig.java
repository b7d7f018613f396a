package dev.bulwark.cli.audit;

import dev.bulwark.audit.HostLayout;
import dev.bulwark.audit.HostLogin;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.rules.RuleCatalog;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.cli.UserException;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ssh.SshEndpoint;
import dev.bulwark.verify.waiver.WaiverFile;
import dev.bulwark.verify.waiver.Waivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** audit-host's command line, read and validated: every local problem is exit 2 before any connection. */
record AuditHostConfig(HostLogin login, HostLayout layout, Expectations expectations,
                       Optional<BlueprintSource> blueprint, Waivers waivers, Duration timeout,
                       Duration commandTimeout, List<String> warnings) {

    /** The options as parsed. */
    record Options(String host, Optional<Integer> port, String user, Path identity, Path knownHosts,
                   Optional<Secret> passphrase, Optional<Path> blueprint, Optional<Path> waivers,
                   Optional<Path> output, Map<String, String> layout, Duration timeout, Duration commandTimeout) {
    }

    private static final Set<String> LAYOUT_KEYS = Set.of("agentUser", "stateDir", "configFile", "credentialDir",
            "tokenFile", "unit", "gatewayPort", "sshdConfig");

    static AuditHostConfig resolve(Options o) {
        List<String> warnings = new ArrayList<>();
        SshEndpoint endpoint;
        try {
            endpoint = SshEndpoint.parse(o.host());
            if (o.port().isPresent()) {
                endpoint = new SshEndpoint(endpoint.host(), o.port().get());
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (!o.user().matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}")) {
            throw usage("--user '" + o.user() + "' is not a user name");
        }
        readable(o.identity(), "--identity");
        readable(o.knownHosts(), "--known-hosts");
        o.output().ifPresent(ReportOutput::checkWritable);
        Optional<Blueprint> blueprint = o.blueprint().map(AuditHostConfig::blueprint);
        blueprint.ifPresent(b -> b.warnings().forEach(w -> warnings.add(w.toString())));
        Expectations expectations = blueprint.map(Expectations::fromBlueprint).orElse(Expectations.defaults());
        HostLayout layout = layout(blueprint.map(HostLayout::forBlueprint).orElse(HostLayout.defaults()), o.layout());
        Waivers waivers = o.waivers().map(AuditHostConfig::waivers).orElse(Waivers.none());
        HostLogin login = new HostLogin(endpoint, o.user(), o.identity(), o.knownHosts(), o.passphrase());
        return new AuditHostConfig(login, layout, expectations, blueprint.map(Blueprint::source), waivers,
                o.timeout(), o.commandTimeout(), warnings);
    }

    private static HostLayout layout(HostLayout base, Map<String, String> overrides) {
        for (String key : overrides.keySet()) {
            if (!LAYOUT_KEYS.contains(key)) {
                throw usage("--layout " + key + ": unknown key; use one of " + String.join(", ", LAYOUT_KEYS));
            }
        }
        try {
            String port = overrides.getOrDefault("gatewayPort", Integer.toString(base.gatewayPort()));
            return new HostLayout(overrides.getOrDefault("agentUser", base.agentUser()),
                    overrides.getOrDefault("stateDir", base.stateDir()),
                    overrides.getOrDefault("configFile", base.configFile()),
                    overrides.getOrDefault("credentialDir", base.credentialDir()),
                    overrides.getOrDefault("tokenFile", base.tokenFile()),
                    overrides.getOrDefault("unit", base.unit()), Integer.parseInt(port),
                    overrides.getOrDefault("sshdConfig", base.sshdConfig()));
        } catch (NumberFormatException e) {
            throw usage("--layout gatewayPort must be a port number");
        } catch (IllegalArgumentException e) {
            throw usage("--layout: " + e.getMessage());
        }
    }

    private static Blueprint blueprint(Path file) {
        readable(file, "--blueprint");
        return new BlueprintLoader().load(file);
    }

    private static Waivers waivers(Path file) {
        readable(file, "--waivers");
        return WaiverFile.load(file, RuleCatalog.waivableRuleIds());
    }

    private static void readable(Path file, String what) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw usage(what + " file " + file + " does not exist or is not readable; check the path");
        }
    }


    private static UserException usage(String message) {
        return new UserException(ExitCode.USAGE, message);
    }
}
