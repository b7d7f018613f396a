package dev.bulwark.blueprint;

import dev.bulwark.policy.HardeningPolicy;
import java.util.List;

/** The closed vocabularies a blueprint chooses from, and the defaults it falls back to. */
final class LightsailChoices {
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-west-1",
            "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3");
    /** OpenClaw needs at least 2 GB of memory: nano (0.5 GB) and micro (1 GB) are refused. */
    static final List<String> BUNDLES = List.of("small_3_0", "medium_3_0", "large_3_0", "xlarge_3_0", "2xlarge_3_0");
    static final String DEFAULT_BUNDLE = "medium_3_0";
    /** Container service powers with at least 2 GB (nano 0.5 GB and micro 1 GB are refused). */
    static final List<String> POWERS = List.of("small", "medium", "large", "xlarge");
    static final String DEFAULT_POWER = "small";
    static final String WEAK_TLS_POLICY = "TLS-2016-08";
    static final String DEFAULT_TLS_POLICY = "TLS-FS-Res-1-2-2019-08";
    static final List<String> TLS_POLICIES = List.of(WEAK_TLS_POLICY, DEFAULT_TLS_POLICY, "TLS-FS-1-2-Res-2019-08");
    static final List<String> IP_ADDRESS_TYPES = List.of("ipv4", "dualstack");
    static final String AGENT_KIND = "openclaw";
    static final int DEFAULT_AGENT_PORT = HardeningPolicy.defaults().gateway().defaultPort();
    static final String DEFAULT_ADMIN_USER = "ubuntu";
    static final int DEFAULT_SNAPSHOT_HOUR = 6;

    private LightsailChoices() {
    }
}
