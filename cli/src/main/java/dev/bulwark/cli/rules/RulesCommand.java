package dev.bulwark.cli.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.bulwark.cdk.nag.LightsailRulesDoc;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.rules.RuleCatalog;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark rules}: every rule id plan, verify and audit-host can report, with severity and title. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "List every rule id bulwark can report, with its severity and title: plan's Lightsail pack, verify's "
                    + "probes and audit-host's checks. Waivers name these ids; docs/plan-rules.md, docs/rules.md "
                    + "and docs/ssh-audit.md explain each one. (plan also reports cdk-nag's AwsSolutions rules.)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark rules",
            "  bulwark rules --command verify",
            "  bulwark rules --format json | jq -r '.[].id'"})
public final class RulesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Option(names = "--command", paramLabel = "COMMAND",
            description = "Only this command's rules: plan, verify or audit-host.")
    private String command;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() throws Exception {
        Map<String, List<RuleInfo>> byCommand = new LinkedHashMap<>();
        byCommand.put("plan", LightsailRulesDoc.rules());
        byCommand.put("verify", RuleCatalog.verify());
        byCommand.put("audit-host", RuleCatalog.auditHost());
        if (command != null && !byCommand.containsKey(command)) {
            throw new UserException(ExitCode.USAGE, "--command " + command + " is not one of "
                    + String.join(", ", byCommand.keySet()));
        }
        if (command != null) {
            byCommand.keySet().retainAll(List.of(command));
        }
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            ArrayNode all = JSON.createArrayNode();
            byCommand.forEach((cmd, rules) -> rules.forEach(r -> all.addObject().put("command", cmd)
                    .put("id", r.id()).put("severity", r.severity().label()).put("title", r.title())));
            out.println(JSON.writeValueAsString(all));
        } else if ("text".equals(format)) {
            int width = byCommand.values().stream().flatMap(List::stream).mapToInt(r -> r.id().length()).max()
                    .orElse(10);
            byCommand.forEach((cmd, rules) -> {
                out.println(cmd + " (" + rules.size() + " rules)");
                rules.forEach(r -> out.printf("  %-" + width + "s  %-8s  %s%n", r.id(), r.severity().label(),
                        r.title()));
                out.println();
            });
        } else {
            throw new UserException(ExitCode.USAGE, "--format " + format + " is not offered: use text or json");
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
