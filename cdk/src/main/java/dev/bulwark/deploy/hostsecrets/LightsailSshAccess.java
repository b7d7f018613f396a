package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.baseline.ssh.LightsailLogin;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.InstanceAccessDetails;
import software.amazon.awssdk.services.lightsail.model.InstanceAccessProtocol;

import java.util.List;
import java.util.Optional;

/**
 * A just-in-time SSH login to an instance as Lightsail hands it out ({@code GetInstanceAccessDetails}): its user,
 * its short-lived key and certificate, and the host keys it reports, pinned. With {@link SshWindow} around the
 * session, port 22 is open to one address only while it lasts. The caller destroys the target's private key.
 */
public final class LightsailSshAccess {
    private LightsailSshAccess() {
    }

    public static SshTarget target(LightsailClient lightsail, String instanceName) {
        InstanceAccessDetails access;
        try {
            access = lightsail.getInstanceAccessDetails(b -> b.instanceName(instanceName)
                    .protocol(InstanceAccessProtocol.SSH)).accessDetails();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "getting SSH access details for " + instanceName);
        }
        requireAdmittedUser(instanceName, access.username());
        List<String> knownHosts = HostKeyPins.knownHosts(access.ipAddress(), 22, access.hostKeys());
        if (knownHosts.isEmpty()) {
            throw DeployException.environment("Lightsail has not reported the host keys of " + instanceName
                    + " yet, so the host cannot be verified: run deploy again in a minute");
        }
        return new SshTarget(access.ipAddress(), 22, access.username(), knownHosts, Secret.of(access.privateKey()),
                Optional.ofNullable(access.certKey()));
    }

    /** The host's sshd admits Lightsail's login user of its image and the admin user, nobody else. */
    private static void requireAdmittedUser(String instanceName, String username) {
        if (!LightsailLogin.UBUNTU.user().equals(username)) {
            throw DeployException.environment("Lightsail hands out SSH access to " + instanceName + " as '" + username
                    + "', but the host baseline admits Lightsail's login as '" + LightsailLogin.UBUNTU.user()
                    + "' only (the instance image is Ubuntu): report this, deploy cannot deliver the credentials");
        }
    }
}
