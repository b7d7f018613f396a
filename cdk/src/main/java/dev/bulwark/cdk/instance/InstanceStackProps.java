package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.policy.HardeningPolicy;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link InstanceStack} is built from: the validated blueprint, plus the optional stack settings a
 * caller may want to choose (environment, description) and an explicit certificate phase for tests and tools
 * that do not go through CDK context. The hardening policy defaults to the shipped one.
 */
public final class InstanceStackProps {
    private final Blueprint blueprint;
    private final StackProps stackProps;
    private final Boolean certificateValidated;
    private final HardeningPolicy policy;

    private InstanceStackProps(Builder builder) {
        this.policy = builder.policy != null ? builder.policy : HardeningPolicy.defaults();
        this.blueprint = Objects.requireNonNull(builder.blueprint, "blueprint");
        this.stackProps = builder.stackProps != null ? builder.stackProps
                : defaultStackProps(blueprint, builder.env != null ? builder.env
                        : Environment.builder().region(blueprint.region()).build());
        this.certificateValidated = builder.certificateValidated;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Blueprint blueprint() {
        return blueprint;
    }

    public StackProps stackProps() {
        return stackProps;
    }

    /** What "hardened" means for the host baseline the instance boots with. */
    public HardeningPolicy policy() {
        return policy;
    }

    /** Empty means "read {@value CertificatePhase#CONTEXT_KEY} from CDK context". */
    public Optional<Boolean> certificateValidated() {
        return Optional.ofNullable(certificateValidated);
    }

    /**
     * The region comes from the blueprint; the account is left to the deploying credentials, so synth needs
     * none.
     */
    private static StackProps defaultStackProps(Blueprint blueprint, Environment env) {
        return StackProps.builder()
                .env(env)
                .description("bulwark hardened " + blueprint.agent().kind() + " gateway '" + blueprint.name()
                        + "' on Lightsail")
                .build();
    }

    public static final class Builder {
        private Blueprint blueprint;
        private StackProps stackProps;
        private Environment env;
        private Boolean certificateValidated;
        private HardeningPolicy policy;

        private Builder() {
        }

        /** Another hardening policy than the shipped one (tests of what follows from the policy). */
        public Builder policy(HardeningPolicy policy) {
            this.policy = policy;
            return this;
        }

        /** Replaces only the environment (default: the blueprint's region, account from the credentials). */
        public Builder env(Environment env) {
            this.env = env;
            return this;
        }

        public Builder blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return this;
        }

        /** Replaces all default stack settings (environment and description); wins over {@link #env}. */
        public Builder stackProps(StackProps stackProps) {
            this.stackProps = stackProps;
            return this;
        }

        public Builder certificateValidated(boolean certificateValidated) {
            this.certificateValidated = certificateValidated;
            return this;
        }

        public InstanceStackProps build() {
            return new InstanceStackProps(this);
        }
    }
}
