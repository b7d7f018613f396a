package dev.bulwark.blueprint;

import dev.bulwark.blueprint.YamlNode.Mapping;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Walks the located tree section by section, collecting every problem, and builds the {@link Blueprint}. */
final class BlueprintValidator {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,38}");

    private final Problems problems;
    private final Map<String, SourceLocation> locations = new HashMap<>();

    private BlueprintValidator(Problems problems) {
        this.problems = problems;
    }

    static Blueprint validate(Mapping tree, Problems problems) throws SourceFileException {
        return new BlueprintValidator(problems).build(tree);
    }

    private Blueprint build(Mapping tree) throws SourceFileException {
        MappingFields root = MappingFields.root(tree, problems, locations);
        String name = name(root);
        String region = region(root);
        Mode mode = mode(root);
        String bundle = bundle(root);
        String zone = availabilityZone(root, region);
        Agent agent = AgentSection.read(root);
        Domain domain = DomainSection.read(root);
        Admin admin = AdminSection.read(root);
        Access access = AccessSection.read(root, mode, domain);
        Tls tls = TlsSection.read(root);
        Network network = network(root);
        Secrets secrets = SecretsSection.read(root, name);
        Snapshots snapshots = snapshots(root);
        Container container = mode == Mode.CONTAINER ? ContainerSection.read(root) : null;
        checkModeSections(root, mode);
        Map<String, String> tags = TagsSection.read(root);
        if (problems.hasErrors()) {
            throw problems.failure();
        }
        return new Blueprint(name, region, mode, bundle, zone, agent, domain, admin, tls, network, secrets, snapshots,
                container, access, tags, new BlueprintSource(problems.file(), locations), problems.warnings());
    }

    private static String name(MappingFields root) {
        String name = root.requiredString("name");
        if (name != null && !NAME.matcher(name).matches()) {
            String lower = name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
            root.error("name", "must be 2-39 characters: a lower-case letter, then lower-case letters, digits or -",
                    NAME.matcher(lower).matches() ? "write `" + lower + "`" : "e.g. openclaw-prod");
        }
        return name;
    }

    private static String region(MappingFields root) {
        String region = root.requiredString("region");
        if (region != null && !LightsailChoices.REGIONS.contains(region)) {
            root.error("region", "`" + Suggestions.shorten(region) + "` is not a Lightsail region",
                    Suggestions.hint(region, LightsailChoices.REGIONS, "Lightsail regions"));
            return null;
        }
        return region;
    }

    private static Mode mode(MappingFields root) {
        String mode = root.string("mode", "instance");
        if ("container".equals(mode)) {
            return Mode.CONTAINER;
        }
        if (mode != null && !"instance".equals(mode)) {
            root.error("mode", "unknown mode", "use mode: instance (the default) or mode: container");
        }
        return Mode.INSTANCE;
    }

    /** A section of the other mode is an error rather than silently ignored. */
    private static void checkModeSections(MappingFields root, Mode mode) {
        if (mode == Mode.CONTAINER) {
            for (String key : BlueprintKeys.INSTANCE_ONLY) {
                if (root.present(key).isPresent()) {
                    root.error(key, "`" + key + "` describes an instance and has no meaning in container mode",
                            "remove it; a container service has no SSH, host firewall, snapshots or load balancer"
                                    + " policy (docs/containers.md)");
                }
            }
        } else if (root.present("container").isPresent()) {
            root.error("container", "`container` is only read in container mode",
                    "remove it, or set mode: container");
        }
    }

    private static String bundle(MappingFields root) {
        String bundle = root.string("bundle", LightsailChoices.DEFAULT_BUNDLE);
        if (bundle != null && (bundle.startsWith("nano_") || bundle.startsWith("micro_"))) {
            root.error("bundle", bundle + " has less than 2 GB of memory, too little for OpenClaw",
                    "use small_3_0 (2 GB) or larger; medium_3_0 (4 GB) is the default");
        } else if (bundle != null && !LightsailChoices.BUNDLES.contains(bundle)) {
            root.error("bundle", "unknown bundle", Suggestions.hint(bundle, LightsailChoices.BUNDLES, "bundles"));
        }
        return bundle;
    }

    private static String availabilityZone(MappingFields root, String region) {
        if (region == null) {
            return null;
        }
        String zone = root.string("availabilityZone", region + "a");
        if (zone != null && !zone.matches(Pattern.quote(region) + "[a-z]")) {
            root.error("availabilityZone", "must be a zone of " + region,
                    "write the region followed by a letter, e.g. " + region + "a");
        }
        return zone;
    }

    private static Network network(MappingFields root) {
        MappingFields network = root.section("network", BlueprintKeys.NETWORK);
        String type = network.string("ipAddressType", "ipv4");
        if (type != null && !LightsailChoices.IP_ADDRESS_TYPES.contains(type)) {
            network.error("ipAddressType", "unknown IP address type",
                    "Lightsail load balancers are `ipv4` (the default) or `dualstack`");
        }
        return new Network(type);
    }

    private static Snapshots snapshots(MappingFields root) {
        MappingFields snapshots = root.section("snapshots", BlueprintKeys.SNAPSHOTS);
        Integer hour = snapshots.integer("autoSnapshotHour", LightsailChoices.DEFAULT_SNAPSHOT_HOUR);
        if (hour != null && (hour < 0 || hour > 23)) {
            snapshots.error("autoSnapshotHour", "hour " + hour + " is not 0-23", "an hour of the day in UTC, e.g. 6");
        }
        return new Snapshots(hour == null ? 0 : hour);
    }
}
