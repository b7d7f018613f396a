package dev.bulwark.cdk.nag;

import dev.bulwark.blueprint.Access;
import software.amazon.awscdk.CfnTag;

/**
 * The tag that records on a public way in (load balancer, container service) what limits who reaches the gateway
 * behind it, so {@link PublicGatewayOpenToAllRule} can judge the template alone.
 */
public final class AccessTag {
    public static final String KEY = "bulwark:access";
    public static final String OPEN = "open";
    public static final String ALLOWLIST = "allowlist";
    public static final String SSO = "sso";

    private AccessTag() {
    }

    public static String value(Access access) {
        return access.sso().isPresent() ? SSO : access.allowCidrs().isEmpty() ? OPEN : ALLOWLIST;
    }

    public static CfnTag of(Access access) {
        return CfnTag.builder().key(KEY).value(value(access)).build();
    }
}
