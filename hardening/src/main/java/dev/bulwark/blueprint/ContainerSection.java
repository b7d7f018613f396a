package dev.bulwark.blueprint;

import java.util.regex.Pattern;

/** {@code container:}: power, scale and the two images, each pinned by an immutable digest. */
final class ContainerSection {
    /** {@code [host[:port]/]path[:tag]@sha256:<64 hex>}, lower case as registries require. */
    private static final Pattern PINNED_IMAGE = Pattern.compile(
            "([a-z0-9.-]+(:[0-9]{1,5})?/)?[a-z0-9]+([._/-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?"
                    + "@sha256:[0-9a-f]{64}");
    private static final String PIN_HINT = "pin the image by digest, e.g. public.ecr.aws/nginx/nginx:1.27-alpine@sha256:"
            + "<64 hex digits>; `docker buildx imagetools inspect <image>` prints it";

    private ContainerSection() {
    }

    static Container read(MappingFields root) {
        MappingFields container = root.section("container", BlueprintKeys.CONTAINER);
        String power = container.string("power", LightsailChoices.DEFAULT_POWER);
        if (power != null && (power.equals("nano") || power.equals("micro"))) {
            container.error("power", power + " has less than 2 GB of memory, too little for OpenClaw",
                    "use small (2 GB) or larger; small is the default");
        } else if (power != null && !LightsailChoices.POWERS.contains(power)) {
            container.error("power", "unknown container power",
                    Suggestions.hint(power, LightsailChoices.POWERS, "powers"));
        }
        Integer scale = container.integer("scale", 1);
        if (scale != null && (scale < 1 || scale > 20)) {
            container.error("scale", "scale " + scale + " is outside 1-20", "a Lightsail container service runs 1 to 20 nodes");
        }
        String gateway = image(container, "gatewayImage",
                "build it from bulwark's gateway image context (docs/containers.md) and push it to a registry");
        String proxy = image(container, "proxyImage",
                "the stock nginx image, e.g. public.ecr.aws/nginx/nginx:1.27-alpine pinned by its digest");
        return new Container(power, scale == null ? 1 : scale, gateway, proxy);
    }

    private static String image(MappingFields container, String key, String what) {
        String image = container.requiredString(key);
        if (image == null) {
            return null;
        }
        if (!PINNED_IMAGE.matcher(image).matches()) {
            boolean tagOnly = !image.contains("@");
            container.error(key, tagOnly ? "image is not pinned by digest (a tag can change under you)"
                    : "not an image reference pinned by a sha256 digest", PIN_HINT + "; " + what);
        } else if (Container.isPlaceholder(image)) {
            container.warning(key, "image still carries the placeholder digest; deploy refuses it",
                    what + ", then put its digest here");
        }
        return image;
    }
}
