package dev.bulwark.blueprint;

/**
 * {@code container:} of a container-mode blueprint: the Lightsail container service's power and scale, and the two
 * images it runs, each pinned by digest.
 *
 * @param power         Lightsail power (small, medium, large, xlarge: OpenClaw needs at least 2 GB)
 * @param scale         number of nodes, 1-20
 * @param gatewayImage  the gateway image bulwark's build context makes ({@code repo@sha256:…})
 * @param proxyImage    the stock nginx image the proxy runs ({@code repo@sha256:…})
 */
public record Container(String power, int scale, String gatewayImage, String proxyImage) {

    /** The digest a sample blueprint carries until the user builds and pushes their own image. */
    public static final String PLACEHOLDER_DIGEST = "sha256:" + "0".repeat(64);

    /** True when either image still carries {@link #PLACEHOLDER_DIGEST}; deploy refuses such a blueprint. */
    public boolean hasPlaceholderImage() {
        return isPlaceholder(gatewayImage) || isPlaceholder(proxyImage);
    }

    public static boolean isPlaceholder(String image) {
        return image != null && image.endsWith("@" + PLACEHOLDER_DIGEST);
    }

    /** The registry host of an image reference, or {@code docker.io} when it names none. */
    public static String registryHost(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return "docker.io";
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }

    /** True when the image lives in a private Amazon ECR registry, which needs the service's image-puller role. */
    public static boolean isPrivateEcr(String image) {
        return registryHost(image).matches("[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com");
    }
}
