package dev.bulwark.verify.ssh;

/**
 * What an SSH server says to anyone before authentication: its identification line ({@code SSH-2.0-OpenSSH_9.2p1
 * Debian-2+deb12u3}) and its algorithm offer.
 */
public record ServerHello(String banner, KexInit kexInit) {

    /** The software part of the banner: {@code OpenSSH_9.2p1 Debian-2+deb12u3} from {@code SSH-2.0-OpenSSH_9.2p1 ...}. */
    public String software() {
        int second = banner.indexOf('-', banner.indexOf('-') + 1);
        return second < 0 ? banner : banner.substring(second + 1);
    }

    /** The protocol version in the banner: {@code 2.0}, {@code 1.99} or {@code 1.5}. */
    public String protocolVersion() {
        String[] parts = banner.split("-", 3);
        return parts.length >= 2 ? parts[1] : "";
    }
}
