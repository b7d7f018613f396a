package dev.bulwark.cdk.container;

import dev.bulwark.cdk.GatewayStackProps;

import java.util.Optional;

/**
 * What a {@link ContainerStack} is built from: the {@link GatewayStackProps} every gateway stack takes, plus an
 * explicit reader key serial ({@link ContainerStackOutputs#READER_KEY_SERIAL_CONTEXT}) for tests and tools that do
 * not go through CDK context. The certificate phase is {@link ContainerStackOutputs#CERTIFICATE_VALIDATED_CONTEXT}.
 */
public final class ContainerStackProps extends GatewayStackProps {
    private final Integer readerKeySerial;

    private ContainerStackProps(Builder builder) {
        super(builder, "a Lightsail container service");
        this.readerKeySerial = builder.readerKeySerial;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Empty means "read {@value ContainerStackOutputs#READER_KEY_SERIAL_CONTEXT} from CDK context". */
    public Optional<Integer> readerKeySerial() {
        return Optional.ofNullable(readerKeySerial);
    }

    public static final class Builder extends GatewayStackProps.Builder<Builder> {
        private Integer readerKeySerial;

        private Builder() {
        }

        @Override
        protected Builder self() {
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
