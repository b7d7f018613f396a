package dev.bulwark.cdk.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.nag.LightsailHardeningChecks;
import dev.bulwark.cdk.nag.LightsailHardeningProps;
import dev.bulwark.cdk.nag.LightsailRule;
import dev.bulwark.cdk.nag.LightsailRules;
import dev.bulwark.cdk.nag.SecretInTemplateRule;
import dev.bulwark.findings.Finding;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.IReusableStackSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Synthesizes one blueprint in this JVM with both rule packs (Lightsail hardening and AwsSolutions) registered as
 * validation plugins, then reads the template and the CDK's validation report back as findings.
 */
public final class Synthesizer {

    /** With this off the CDK writes the report and returns instead of throwing; findings are judged by callers. */
    static final String FAIL_SYNTH_ON_VALIDATION_ERRORS = "@aws-cdk/core:failSynthOnValidationErrors";
    static final String CDK_PATH_METADATA = "aws:cdk:path";
    /** The CDK CLI sets this; in-process synthesis must, or templates carry no construct paths to map findings. */
    static final String ENABLE_PATH_METADATA = "aws:cdk:enable-path-metadata";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeRuntime node;
    private final Function<Blueprint, List<LightsailRule>> rules;

    Synthesizer(NodeRuntime node, Function<Blueprint, List<LightsailRule>> rules) {
        this.node = node;
        this.rules = rules;
    }

    /** The standard packs, with admin CIDRs and gateway port taken from the blueprint. */
    public static Synthesizer create() {
        return new Synthesizer(NodeRuntime.fromEnvironment(),
                blueprint -> LightsailRules.standard(LightsailHardeningProps.from(blueprint)));
    }

    /**
     * @param stackFactory adds the deployable stack to the app and returns it
     * @throws NodeRuntimeException when Node.js is missing or too old (nothing was checked)
     * @throws SynthException       when synthesis or a rule pack failed, so the result would be incomplete
     */
    public SynthResult synth(Blueprint blueprint, Path outDir, BiFunction<App, Blueprint, Stack> stackFactory)
            throws SynthException {
        return synth(blueprint, outDir, Map.of(), Optional.empty(), stackFactory);
    }

    /**
     * As {@link #synth(Blueprint, Path, BiFunction)}, with extra app context (e.g. {@code bulwark:certificateValidated},
     * read by stacks through {@code tryGetContext}) and, when given, the synthesizer every stack defaults to (deploy
     * passes a bootstrapless one: it talks to CloudFormation directly).
     */
    public SynthResult synth(Blueprint blueprint, Path outDir, Map<String, ?> context,
                             Optional<IReusableStackSynthesizer> defaultStackSynthesizer,
                             BiFunction<App, Blueprint, Stack> stackFactory) throws SynthException {
        node.check();
        Path report = prepare(outDir).resolve(ValidationReport.FILE_NAME);
        List<LightsailRule> ruleSet = rules.apply(blueprint);
        Map<String, Object> appContext = new HashMap<>(context);
        appContext.put(FAIL_SYNTH_ON_VALIDATION_ERRORS, false);
        appContext.put(ENABLE_PATH_METADATA, true);
        App.Builder builder = App.Builder.create().outdir(outDir.toString()).analyticsReporting(false)
                .context(appContext);
        defaultStackSynthesizer.ifPresent(builder::defaultStackSynthesizer);
        App app = builder.build();
        LightsailHardeningChecks lightsail = new LightsailHardeningChecks(app, ruleSet);
        Validations.of(app).addPlugins(lightsail, new AwsSolutionsChecks(app));
        Stack stack;
        try {
            stack = stackFactory.apply(app, blueprint);
            app.synth();
        } catch (RuntimeException e) {
            throw new SynthException("CDK synthesis failed: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(report)) {
            throw new SynthException("synthesis wrote no " + ValidationReport.FILE_NAME + " in " + outDir
                    + ", so the rule packs' verdict is unknown; check that the app has at least one stack");
        }
        ValidationReport validation = ValidationReport.read(report);
        if (!validation.pluginFailures().isEmpty()) {
            throw new SynthException("a rule pack could not run, so the template is unchecked: "
                    + String.join("; ", validation.pluginFailures()));
        }
        Path templateFile = outDir.resolve(stack.getTemplateFile());
        List<Path> templateFiles = templateFiles(app, templateFile, outDir);
        Map<String, String> logicalIds = new HashMap<>();
        for (Path file : templateFiles) {
            indexLogicalIds(readJson(file), logicalIds);
        }
        FindingMapper mapper = new FindingMapper(ruleSet, lightsail.evidenceLog(), logicalIds::get);
        JsonNode template = readJson(templateFile);
        List<Finding> findings = new ArrayList<>(validation.violations().stream().map(mapper::toFinding).toList());
        for (String evidence : SecretInTemplateRule.scanOutsideResources(template)) {
            findings.add(Finding.of(SecretInTemplateRule.INFO, templateFile.getFileName().toString(), evidence));
        }
        List<AcknowledgedFinding> acknowledged = validation.suppressed().stream()
                .map(v -> new AcknowledgedFinding(mapper.toFinding(v), v.reason(), v.acknowledgedAt()))
                .toList();
        return new SynthResult(stack.getStackName(), outDir, templateFile, templateFiles, template, findings, acknowledged);
    }

    private static Path prepare(Path outDir) throws SynthException {
        try {
            Files.createDirectories(outDir);
            Files.deleteIfExists(outDir.resolve(ValidationReport.FILE_NAME)); // a stale report must not pass for this run's
            return outDir;
        } catch (IOException e) {
            throw new SynthException("cannot prepare the output directory " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> templateFiles(App app, Path first, Path outDir) {
        List<Path> files = new ArrayList<>(List.of(first));
        for (IConstruct construct : app.getNode().findAll()) {
            if (Stack.isStack(construct)) {
                Path file = outDir.resolve(Stack.of(construct).getTemplateFile());
                if (!files.contains(file) && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static void indexLogicalIds(JsonNode template, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            JsonNode path = resource.getValue().path("Metadata").path(CDK_PATH_METADATA);
            if (path.isTextual()) {
                into.put(path.textValue(), resource.getKey());
            }
        }
    }

    private static JsonNode readJson(Path file) throws SynthException {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SynthException("cannot read synthesized template " + file + ": " + e.getMessage(), e);
        }
    }
}
