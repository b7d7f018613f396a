package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.RulesDocGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Writes docs/plan-rules.md, the catalog of the Lightsail hardening pack, from the rules' own metadata. */
public final class LightsailRulesDoc {
    public static final String REGENERATE = "./mvnw -q -pl cdk -am test -Dtest=LightsailRulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dbulwark.updateDocs=true";

    private LightsailRulesDoc() {
    }

    public static void write(Path target) throws IOException {
        Files.writeString(target, markdown(), StandardCharsets.UTF_8);
    }

    /** Every Lightsail rule plan applies, sorted by id (docs/plan-rules.md and {@code bulwark rules}). */
    public static List<RuleInfo> rules() {
        return LightsailRules.standard(LightsailHardeningProps.defaults()).stream()
                .map(LightsailRule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    public static String markdown() {
        List<RuleInfo> rules = rules();
        return RulesDocGenerator.markdown("Plan rules: the Lightsail hardening pack",
                "LightsailRules by dev.bulwark.cdk.nag.LightsailRulesDoc", REGENERATE,
                "Every rule `bulwark plan` applies to the synthesized CloudFormation, besides cdk-nag's AwsSolutions\n"
                        + "pack. cdk-nag has no Lightsail rules; these are bulwark's. High and critical rules are cdk-nag\n"
                        + "errors (they fail `cdk synth` too); the rest are warnings. Acknowledge a finding in the stack with\n"
                        + "`Acknowledgements.of(construct).acknowledge(ruleId, reason)`: the reason is kept in the report.\n"
                        + "Rules `bulwark verify` checks on the live endpoint are in [rules.md](rules.md).",
                rules);
    }
}
