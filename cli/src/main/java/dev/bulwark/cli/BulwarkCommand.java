package dev.bulwark.cli;

import dev.bulwark.cli.audit.AuditHostCommand;
import dev.bulwark.cli.plan.PlanCommand;
import dev.bulwark.cli.verify.VerifyCommand;
import picocli.CommandLine.Command;

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
            "  bulwark verify https://agent.example.com    live: TLS, gateway, ports (--ssh: SSH too)",
            "  bulwark audit-host 203.0.113.10 --user admin -i key --known-hosts kh   inside: host audit"},
        subcommands = {
            PlanCommand.class,
            VerifyCommand.class,
            AuditHostCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
public final class BulwarkCommand {
}
