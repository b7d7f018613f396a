package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.synth.DeployableStack;
import dev.bulwark.cdk.synth.NodeRuntimeException;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.cdk.synth.SynthException;
import dev.bulwark.cdk.synth.SynthResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real synthesis for deploy: {@link DeployableStack}, the path plan takes too, as a template body to send. */
public final class CdkStackSynthesis implements StackSynthesis {
    private final DeployableStack stack;

    public CdkStackSynthesis(DeployableStack stack) {
        this.stack = stack;
    }

    public static CdkStackSynthesis create() {
        return new CdkStackSynthesis(DeployableStack.create());
    }

    @Override
    public SynthesizedStack synth(Blueprint blueprint, StackContext context, Path outDir) {
        SynthResult result;
        try {
            result = stack.synth(blueprint, context, outDir);
        } catch (NodeRuntimeException e) {
            throw new DeployException(DeployException.Kind.ENVIRONMENT, e.getMessage(), e);
        } catch (SynthException e) {
            throw new DeployException(DeployException.Kind.ENVIRONMENT, "synthesis failed, nothing was deployed: "
                    + e.getMessage(), e);
        }
        try {
            String body = Files.readString(result.templateFile(), StandardCharsets.UTF_8);
            return new SynthesizedStack(result.stackName(), body, result.template(), result.findings());
        } catch (IOException e) {
            throw DeployException.environment("cannot read the synthesized template " + result.templateFile() + ": "
                    + e.getMessage());
        }
    }
}
