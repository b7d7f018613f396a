package dev.bulwark.cdk;

import dev.bulwark.blueprint.Blueprint;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

import java.util.Objects;
import java.util.Optional;

/**
 * What both gateway stacks are built from: the validated blueprint, the stack settings a caller may want to choose
 * (environment, description) and an explicit certificate phase for tests and tools that do not go through CDK
 * context. Each stack's props add what only that stack takes.
 */
public abstract class GatewayStackProps {
    private final Blueprint blueprint;
    private final StackProps stackProps;
    private final Boolean certificateValidated;

    /**
     * @param runsOn where the gateway runs, the end of the default stack description (e.g. "Lightsail")
     */
    protected GatewayStackProps(Builder<?> builder, String runsOn) {
        this.blueprint = Objects.requireNonNull(builder.blueprint, "blueprint");
        this.stackProps = builder.stackProps != null ? builder.stackProps
                : defaultStackProps(blueprint, builder.env != null ? builder.env
                        : Environment.builder().region(blueprint.region()).build(), runsOn);
        this.certificateValidated = builder.certificateValidated;
    }

    public Blueprint blueprint() {
        return blueprint;
    }

    public StackProps stackProps() {
        return stackProps;
    }

    /** Empty means "read {@code bulwark:certificateValidated} from CDK context". */
    public Optional<Boolean> certificateValidated() {
        return Optional.ofNullable(certificateValidated);
    }

    /**
     * The region comes from the blueprint; the account is left to the deploying credentials, so synth needs
     * none.
     */
    private static StackProps defaultStackProps(Blueprint blueprint, Environment env, String runsOn) {
        return StackProps.builder()
                .env(env)
                .description("bulwark hardened " + blueprint.agent().kind() + " gateway '" + blueprint.name()
                        + "' on " + runsOn)
                .build();
    }

    /** The settings every gateway stack takes; {@code B} is the concrete builder, so calls chain. */
    public abstract static class Builder<B extends Builder<B>> {
        private Blueprint blueprint;
        private StackProps stackProps;
        private Environment env;
        private Boolean certificateValidated;

        protected Builder() {
        }

        protected abstract B self();

        public B blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return self();
        }

        /** Replaces only the environment (default: the blueprint's region, account from the credentials). */
        public B env(Environment env) {
            this.env = env;
            return self();
        }

        /** Replaces all default stack settings (environment and description); wins over {@link #env}. */
        public B stackProps(StackProps stackProps) {
            this.stackProps = stackProps;
            return self();
        }

        public B certificateValidated(boolean certificateValidated) {
            this.certificateValidated = certificateValidated;
            return self();
        }
    }
}
