package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.Map;

/**
 * The two fixture stacks, each synthesized once per test JVM (a synth costs seconds) and shared by every test
 * class in this package: {@link #closedPhase1()} with nothing in context, {@link #openPhase2()} with
 * {@code bulwark:certificateValidated=true} given the way the CLI gives it (a string in context).
 */
final class SynthesizedTemplates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target", "synth-fixtures").toAbsolutePath();
    private static Template closedPhase1;
    private static Template openPhase2;

    private SynthesizedTemplates() {
    }

    static synchronized Template closedPhase1() {
        if (closedPhase1 == null) {
            App app = new App(AppProps.builder().outdir(outdir("closedPhase1").toString()).build());
            closedPhase1 = Template.fromStack(InstanceStack.forBlueprint(app, TestBlueprints.closed()));
        }
        return closedPhase1;
    }

    static synchronized Template openPhase2() {
        if (openPhase2 == null) {
            App app = new App(AppProps.builder()
                    .outdir(outdir("openPhase2").toString())
                    .context(Map.of(CertificatePhase.CONTEXT_KEY, "true"))
                    .build());
            openPhase2 = Template.fromStack(InstanceStack.forBlueprint(app, TestBlueprints.open()));
        }
        return openPhase2;
    }

    /** Where a fixture's cloud assembly (and any CDK validation report) is written. */
    static Path outdir(String fixture) {
        return OUT.resolve(fixture);
    }

    static Map<String, Template> all() {
        return Map.of("closedPhase1", closedPhase1(), "openPhase2", openPhase2());
    }

    static JsonNode json(Template template) {
        return JSON.valueToTree(template.toJSON());
    }

    static String text(Template template) {
        return json(template).toString();
    }
}
