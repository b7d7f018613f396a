package dev.bulwark.cdk;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.nag.LightsailHardeningChecks;
import dev.bulwark.cdk.nag.LightsailHardeningProps;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cdk.container.ContainerStack;
import dev.bulwark.cdk.instance.InstanceStack;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;

import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The CDK app {@code cdk.json} runs, so {@code npx aws-cdk synth|deploy} work on a blueprint without bulwark's
 * own commands. Reads context {@code blueprint} (default {@value #DEFAULT_BLUEPRINT}) and applies the same two
 * rule packs as {@link dev.bulwark.cdk.synth.Synthesizer}; here the CDK CLI prints the report and fails the synth.
 */
public final class CdkAppMain {

    static final String BLUEPRINT_CONTEXT = "blueprint";
    static final String DEFAULT_BLUEPRINT = "blueprints/openclaw-instance.yaml";

    private CdkAppMain() {
    }

    /** The deployable stack for a blueprint: an instance or a container service, by {@code mode}. */
    public static BiFunction<App, Blueprint, Stack> stackFactory() {
        return (app, blueprint) -> blueprint.mode() == Mode.CONTAINER
                ? ContainerStack.forBlueprint(app, blueprint)
                : InstanceStack.forBlueprint(app, blueprint);
    }

    public static void main(String[] args) throws BlueprintException {
        // A bad blueprint is a user error: print what is wrong, not a stack trace (exit status stays non-zero).
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> System.err.println("error: " + e.getMessage()));
        App app = new App();
        Object configured = app.getNode().tryGetContext(BLUEPRINT_CONTEXT);
        Path file = Path.of(configured == null ? DEFAULT_BLUEPRINT : configured.toString());
        synth(app, new BlueprintLoader().load(file), stackFactory());
    }

    /** Registers both packs, lets the factory add the stack and synthesizes; the CDK fails on any error finding. */
    static void synth(App app, Blueprint blueprint, BiFunction<App, Blueprint, Stack> factory) {
        Validations.of(app).addPlugins(
                new LightsailHardeningChecks(app, LightsailHardeningProps.from(blueprint)),
                new AwsSolutionsChecks(app));
        factory.apply(app, blueprint);
        app.synth();
    }
}
