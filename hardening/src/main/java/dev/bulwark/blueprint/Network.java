package dev.bulwark.blueprint;

/**
 * @param ipAddressType {@code ipv4} (IPv4-only, the default) or {@code dualstack}
 */
public record Network(String ipAddressType) {
    public boolean ipv4Only() {
        return "ipv4".equals(ipAddressType);
    }
}
