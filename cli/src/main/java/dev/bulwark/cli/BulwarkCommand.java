package dev.bulwark.cli;

import dev.bulwark.cli.advisories.AdvisoriesCommand;
import dev.bulwark.cli.audit.AuditHostCommand;
import dev.bulwark.cli.deploy.DeployCommand;
import dev.bulwark.cli.destroy.DestroyCommand;
import dev.bulwark.cli.discover.DiscoverCommand;
import dev.bulwark.cli.tunnel.TunnelCommand;
import dev.bulwark.cli.image.ImageContextCommand;
import dev.bulwark.cli.plan.PlanCommand;
import dev.bulwark.cli.rotate.RotateCommand;
import dev.bulwark.cli.rules.RulesCommand;
import dev.bulwark.cli.status.StatusCommand;
import dev.bulwark.cli.verify.VerifyCommand;
import picocli.AutoComplete.GenerateCompletion;
import dev.bulwark.cli.config.ConfigOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** The root command: it only lists the subcommands. */
@Command(name = "bulwark",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = VersionProvider.class,
        description = {
            "Deploys AI-agent gateways (OpenClaw) onto AWS Lightsail hardened by default,",
            "and proves from the outside that the deployment is hardened.",
            "",
            "Typical flow:",
            "  bulwark plan                        offline: validate, synthesize, check the default blueprint",
            "  bulwark deploy my-agent.yaml        create or update on Lightsail, then verify",
            "  bulwark verify https://agent.example.com    live: TLS, gateway, ports (--ssh: SSH too)",
            "  bulwark discover 127.0.0.0/24 | --aws       find gateways nobody told you about (--verify each)",
            "  bulwark audit-host 203.0.113.10 --user admin -i key --known-hosts kh   inside: host audit",
            "  bulwark status my-agent.yaml        what AWS has now (and each secret's age)",
            "  bulwark rotate my-agent.yaml        new gateway token, delivered, old one proven dead",
            "  bulwark advisories [ID]             offline: the advisories and release fingerprints verify knows",
            "  bulwark destroy my-agent.yaml       snapshot, delete, say what remains",
            "  bulwark image-context my-agent.yaml --out DIR   container mode: the gateway image to build",
            "  bulwark rules                       every rule id with severity and title",
            "  source <(bulwark generate-completion)           bash/zsh completion for this shell"},
        subcommands = {
            PlanCommand.class,
            DeployCommand.class,
            VerifyCommand.class,
            DiscoverCommand.class,
            AuditHostCommand.class,
            StatusCommand.class,
            RotateCommand.class,
            DestroyCommand.class,
            TunnelCommand.class,
            ImageContextCommand.class,
            AdvisoriesCommand.class,
            RulesCommand.class,
            GenerateCompletion.class,
            picocli.CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
public final class BulwarkCommand {
    /** Read before parsing ({@link dev.bulwark.cli.config.ConfigOption}); declared here so every command takes it. */
    @Option(names = ConfigOption.NAME, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Defaults for fail-on, format, timeout, waivers and ca-file (flags win over it; "
                    + "default: ./bulwark.yaml when present). See README, Config file.")
    private Path config;
}
