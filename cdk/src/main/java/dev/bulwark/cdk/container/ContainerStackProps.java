package dev.bulwark.cdk.container;

import dev.bulwark.blueprint.Blueprint;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ContainerStack} is built from: the validated blueprint, optional stack settings, and explicit
 * values for the two context keys ({@link ContainerStackOutputs#CERTIFICATE_VALIDATED_CONTEXT},
 * {@link ContainerStackOutputs#READER_KEY_SERIAL_CONTEXT}) for tests and tools that do not go through CDK context.
 */
public final class ContainerStackProps {
    private final Blueprint blueprint;
    private final StackProps stackProps;
    private final Boolean certificateValidated;
    private final Integer readerKeySerial;

    private ContainerStackProps(Builder builder) {
        this.blueprint = Objects.requireNonNull(builder.blueprint, "blueprint");
        this.stackProps = builder.stackProps != null ? builder.stackProps
                : StackProps.builder()
                        .env(builder.env != null ? builder.env : Environment.builder().region(blueprint.region()).build())
                        .description("bulwark hardened " + blueprint.agent().kind() + " gateway '" + blueprint.name()
                                + "' on a Lightsail container service")
                        .build();
        this.certificateValidated = builder.certificateValidated;
        this.readerKeySerial = builder.readerKeySerial;
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

    /** Empty means "read {@value ContainerStackOutputs#CERTIFICATE_VALIDATED_CONTEXT} from CDK context". */
    public Optional<Boolean> certificateValidated() {
        return Optional.ofNullable(certificateValidated);
    }

    /** Empty means "read {@value ContainerStackOutputs#READER_KEY_SERIAL_CONTEXT} from CDK context". */
    public Optional<Integer> readerKeySerial() {
        return Optional.ofNullable(readerKeySerial);
    }

    public static final class Builder {
        private Blueprint blueprint;
        private StackProps stackProps;
        private Environment env;
        private Boolean certificateValidated;
        private Integer readerKeySerial;

        private Builder() {
        }

        public Builder blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return this;
        }

        /** Replaces only the environment (default: the blueprint's region, account from the credentials). */
        public Builder env(Environment env) {
            this.env = env;
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

        public Builder readerKeySerial(int readerKeySerial) {
            this.readerKeySerial = readerKeySerial;
            return this;
        }

        public ContainerStackProps build() {
            return new ContainerStackProps(this);
        }
    }
}
