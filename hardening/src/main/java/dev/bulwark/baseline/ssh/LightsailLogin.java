package dev.bulwark.baseline.ssh;

/**
 * How Lightsail itself logs in to an instance: its browser SSH and {@code GetInstanceAccessDetails} (which
 * {@code bulwark deploy} uses to deliver credentials) hand out a short-lived OpenSSH user certificate for the
 * image's own user, signed by the CA in {@code /etc/ssh/lightsail_instance_ca.pub}. That CA is an RSA key and
 * signs with SHA-1 ({@code ssh-rsa}); Lightsail's own images ship {@code CASignatureAlgorithms +ssh-rsa} for it
 * (AWS knowledge center, "lightsail-resolve-ssh-console-errors").
 *
 * @param user               the login user Lightsail names for the image ({@code ubuntu} on Ubuntu blueprints)
 * @param caSignatureAlgorithm the signature algorithm Lightsail's CA signs user certificates with
 */
public record LightsailLogin(String user, String caSignatureAlgorithm) {
    /** The Ubuntu 24.04 image the instance stack runs ({@code HardenedInstance.BLUEPRINT_ID}). */
    public static final LightsailLogin UBUNTU = new LightsailLogin("ubuntu", "ssh-rsa");
}
