package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.cli.UserException;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.TargetUrl;
import dev.bulwark.verify.TargetsFile;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.ssh.SshEndpoint;
import dev.bulwark.verify.waiver.WaiverFile;
import dev.bulwark.verify.waiver.Waivers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a verify run needs, read and validated: the targets with their expectations, the waivers, and the
 * warnings to show. Every file problem becomes exit 2 with file:line; nothing here touches the network.
 */
record VerifyConfig(VerifyOptions options, List<TargetSpec> targets, Waivers waivers, List<String> warnings,
                    Optional<SshEndpoint> ssh) {

    VerifyConfig {
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param ruleIds  the rule ids a waiver may name (a misspelt one is a usage error)
     * @param recorded the endpoints deploy recorded for a container blueprint given alone (no URL); handed in, so
     *                 verify itself reads no deploy state
     */
    static VerifyConfig resolve(VerifyOptions options, BlueprintReader blueprints, Set<String> ruleIds,
                                Function<Blueprint, List<String>> recorded) {
        List<String> warnings = new ArrayList<>();
        Optional<SshEndpoint> ssh = options.ssh().map(VerifyConfig::sshEndpoint);
        if (options.targets().isPresent() && ssh.isPresent()) {
            throw usage("--ssh applies to a single deployment; with --targets, give each entry a host and a "
                    + "blueprint that opens SSH");
        }
        if (options.url().isEmpty() && options.targets().isEmpty() && ssh.isPresent()) {
            if (options.host().isPresent()) {
                throw usage("--host needs the deployment's URL; to check only SSH, give --ssh alone");
            }
            options.output().ifPresent(ReportOutput::checkWritable);
            Waivers waivers = options.waivers().map(f -> waivers(f, ruleIds)).orElse(Waivers.none());
            Optional<Blueprint> blueprint = options.blueprint().map(f -> blueprint(f, blueprints, warnings));
            URI name = URI.create("ssh://" + ssh.get());
            Expectations expectations = blueprint.map(Expectations::fromBlueprint).orElse(Expectations.defaults());
            TargetSpec spec = new TargetSpec(new VerifyTarget(name, Optional.empty(), expectations),
                    blueprint.map(Blueprint::source), Optional.empty());
            return new VerifyConfig(options, List.of(spec), waivers, warnings, ssh);
        }
        if (options.url().isEmpty() && options.targets().isEmpty() && options.blueprint().isPresent()) {
            Blueprint blueprint = blueprint(options.blueprint().get(), blueprints, warnings);
            if (blueprint.mode() == Mode.CONTAINER) {
                return containerTargets(options, blueprint, warnings, ssh, ruleIds, recorded);
            }
        }
        if (options.url().isPresent() == options.targets().isPresent()) {
            throw usage(options.url().isPresent()
                    ? "give either a URL or --targets FILE, not both"
                    : "missing the deployment's URL, e.g. 'bulwark verify https://agent.example.com', "
                            + "or --targets FILE for several deployments");
        }
        if (options.targets().isPresent() && (options.host().isPresent() || options.blueprint().isPresent())) {
            throw usage("--host and --blueprint apply to a single URL; with --targets, put host and blueprint "
                    + "in each entry of the targets file");
        }
        options.caFile().ifPresent(VerifyConfig::caCertificates);
        options.output().ifPresent(ReportOutput::checkWritable);
        Waivers waivers = options.waivers().map(f -> waivers(f, ruleIds)).orElse(Waivers.none());

        List<TargetSpec> targets = new ArrayList<>();
        if (options.url().isPresent()) {
            URI url = url(options.url().get());
            Optional<Blueprint> blueprint = options.blueprint().map(f -> blueprint(f, blueprints, warnings));
            targets.add(spec(url, options.host(), blueprint, Optional.empty(), warnings));
        } else {
            Path file = options.targets().get();
            readable(file, "--targets");
            List<TargetsFile.Entry> entries = TargetsFile.load(file);
            for (TargetsFile.Entry entry : entries) {
                Optional<Blueprint> blueprint = entry.blueprint().map(f -> blueprint(f, blueprints, warnings));
                targets.add(spec(entry.url(), entry.host(), blueprint, Optional.of(entry.location()), warnings));
            }
        }
        return new VerifyConfig(options, targets, waivers, warnings, ssh);
    }

    /** A container blueprint alone: its service URL from the deploy state, then each custom domain. */
    private static VerifyConfig containerTargets(VerifyOptions options, Blueprint blueprint, List<String> warnings,
                                                 Optional<SshEndpoint> ssh, Set<String> ruleIds,
                                                 Function<Blueprint, List<String>> recorded) {
        if (options.host().isPresent() || ssh.isPresent()) {
            throw usage("--host and --ssh have nothing to aim at in container mode: the service has no host address"
                    + " and no SSH");
        }
        options.caFile().ifPresent(VerifyConfig::caCertificates);
        options.output().ifPresent(ReportOutput::checkWritable);
        Waivers waivers = options.waivers().map(f -> waivers(f, ruleIds)).orElse(Waivers.none());
        List<TargetSpec> targets = new ArrayList<>();
        for (String url : recorded.apply(blueprint)) {
            targets.add(spec(url(url), Optional.empty(), Optional.of(blueprint), Optional.empty(), warnings));
        }
        return new VerifyConfig(options, targets, waivers, warnings, ssh);
    }

    private static SshEndpoint sshEndpoint(String text) {
        try {
            return SshEndpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage("--ssh " + e.getMessage());
        }
    }

    static TargetSpec spec(URI url, Optional<String> host, Optional<Blueprint> blueprint,
                           Optional<SourceLocation> declaredAt, List<String> warnings) {
        if (TargetUrl.isPlainHttp(url)) {
            warnings.add(url + " is plain HTTP; the public endpoint of a hardened deployment is https://, "
                    + "so TLS checks will report what a browser would see there");
        }
        Expectations expectations = blueprint.map(b -> ContainerTargets.expectations(b, url))
                .orElse(Expectations.defaults());
        return new TargetSpec(new VerifyTarget(url, host, expectations), blueprint.map(Blueprint::source), declaredAt);
    }

    private static URI url(String text) {
        try {
            return TargetUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static Blueprint blueprint(Path file, BlueprintReader reader, List<String> warnings) {
        readable(file, "blueprint");
        Blueprint blueprint = reader.load(file);
        blueprint.warnings().forEach(w -> warnings.add(w.toString()));
        return blueprint;
    }

    private static Waivers waivers(Path file, Set<String> ruleIds) {
        readable(file, "--waivers");
        return WaiverFile.load(file, ruleIds);
    }

    /** A PEM file with at least one X.509 certificate; anything else is a usage error, not an unreachable target. */
    private static void caCertificates(Path file) {
        readable(file, "--ca-file");
        try (InputStream in = Files.newInputStream(file)) {
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                throw new CertificateException("no certificate found");
            }
        } catch (IOException | CertificateException e) {
            throw usage("--ca-file " + file + " holds no readable X.509 certificate (" + e.getMessage()
                    + "); give a PEM file with '-----BEGIN CERTIFICATE-----' blocks");
        }
    }

    private static void readable(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw usage(what + " file " + file + " does not exist or is not a file; check the path");
        }
        if (!Files.isReadable(file)) {
            throw usage(what + " file " + file + " is not readable; check its permissions");
        }
    }


    private static UserException usage(String message) {
        return new UserException(ExitCode.USAGE, message);
    }
}
