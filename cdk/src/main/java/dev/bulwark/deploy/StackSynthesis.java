package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.container.ContainerStackOutputs;

import java.nio.file.Path;
import java.util.Map;

/** Synthesizes the deployable stack for one certificate phase; the CDK in production ({@link CdkStackSynthesis}). */
@FunctionalInterface
public interface StackSynthesis {
    SynthesizedStack synth(Blueprint blueprint, boolean certificateValidated, Path outDir);

    /**
     * Synthesis with CDK context, for stacks that read their phase from context (container mode:
     * {@link ContainerStackOutputs#CERTIFICATE_VALIDATED_CONTEXT} and {@link ContainerStackOutputs#READER_KEY_SERIAL_CONTEXT},
     * values as strings). By default only the certificate phase is passed on, so a plain lambda still serves tests
     * of instance mode; {@link CdkStackSynthesis} passes the whole map into the CDK app.
     */
    default SynthesizedStack synth(Blueprint blueprint, Map<String, String> context, Path outDir) {
        return synth(blueprint, Boolean.parseBoolean(context.get(ContainerStackOutputs.CERTIFICATE_VALIDATED_CONTEXT)),
                outDir);
    }
}
