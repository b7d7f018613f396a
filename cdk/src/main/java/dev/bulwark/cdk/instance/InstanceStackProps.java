package dev.bulwark.cdk.instance;

import dev.bulwark.cdk.GatewayStackProps;
import dev.bulwark.policy.HardeningPolicy;

/**
 * What an {@link InstanceStack} is built from: the {@link GatewayStackProps} every gateway stack takes (the
 * certificate phase is {@link CertificatePhase#CONTEXT_KEY}), plus the hardening policy, which defaults to the
 * shipped one.
 */
public final class InstanceStackProps extends GatewayStackProps {
    private final HardeningPolicy policy;

    private InstanceStackProps(Builder builder) {
        super(builder, "Lightsail");
        this.policy = builder.policy != null ? builder.policy : HardeningPolicy.defaults();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What "hardened" means for the host baseline the instance boots with. */
    public HardeningPolicy policy() {
        return policy;
    }

    public static final class Builder extends GatewayStackProps.Builder<Builder> {
        private HardeningPolicy policy;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Another hardening policy than the shipped one (tests of what follows from the policy). */
        public Builder policy(HardeningPolicy policy) {
            this.policy = policy;
            return this;
        }

        public InstanceStackProps build() {
            return new InstanceStackProps(this);
        }
    }
}
