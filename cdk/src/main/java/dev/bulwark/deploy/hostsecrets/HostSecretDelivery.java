package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.baseline.ssh.LightsailLogin;
import dev.bulwark.baseline.systemd.Credential;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.InstanceAccessDetails;
import software.amazon.awssdk.services.lightsail.model.InstanceAccessProtocol;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The just-in-time SSH step: read the gateway token and provider keys from Secrets Manager, open port 22 to the
 * deployer's address only, connect with the host keys Lightsail reported pinned and Lightsail's short-lived login
 * key, hand the values to {@link CredentialDelivery}, and close the port again whatever happened.
 */
public final class HostSecretDelivery {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/32)?");

    private final LightsailClient lightsail;
    private final SecretsManagerClient secretsManager;
    private final CredentialDelivery delivery;
    private final Console console;

    public HostSecretDelivery(LightsailClient lightsail, SecretsManagerClient secretsManager,
                              CredentialDelivery delivery, Console console) {
        this.lightsail = lightsail;
        this.secretsManager = secretsManager;
        this.delivery = delivery;
        this.console = console;
    }

    /** {@code 198.51.100.7} or {@code 198.51.100.7/32} as a /32; anything wider is refused (one address only). */
    public static String singleAddressCidr(String address) {
        var match = IPV4.matcher(address.strip());
        boolean valid = match.matches();
        for (int i = 1; valid && i <= 4; i++) {
            valid = Integer.parseInt(match.group(i)) <= 255;
        }
        if (!valid) {
            throw DeployException.usage("--ssh-from '" + address + "' is not one IPv4 address: give your public"
                    + " address, e.g. 198.51.100.7 (`curl https://checkip.amazonaws.com`); SSH is opened to it alone");
        }
        return match.group(1) + "." + match.group(2) + "." + match.group(3) + "." + match.group(4) + "/32";
    }

    public void deliver(Blueprint blueprint, String instanceName, String deployerCidr) {
        Map<String, Secret> credentials = credentials(blueprint.secrets());
        try {
            InstanceAccessDetails access = accessDetails(instanceName);
            requireAdmittedUser(instanceName, access.username());
            List<String> knownHosts = HostKeyPins.knownHosts(access.ipAddress(), 22, access.hostKeys());
            if (knownHosts.isEmpty()) {
                throw DeployException.environment("Lightsail has not reported the host keys of " + instanceName
                        + " yet, so the host cannot be verified: run deploy again in a minute");
            }
            SshTarget target = new SshTarget(access.ipAddress(), 22, access.username(), knownHosts,
                    Secret.of(access.privateKey()), Optional.ofNullable(access.certKey()));
            try (SshWindow window = SshWindow.open(lightsail, console, instanceName, deployerCidr)) {
                delivery.deliver(target, credentials);
            } finally {
                target.privateKey().destroy();
            }
            console.line("Delivered " + credentials.size() + " credential(s) to " + instanceName + ": "
                    + String.join(", ", credentials.keySet()) + ".");
        } finally {
            credentials.values().forEach(Secret::destroy);
        }
    }

    /** The host's sshd admits Lightsail's login user of its image and the admin user, nobody else. */
    private static void requireAdmittedUser(String instanceName, String username) {
        if (!LightsailLogin.UBUNTU.user().equals(username)) {
            throw DeployException.environment("Lightsail hands out SSH access to " + instanceName + " as '" + username
                    + "', but the host baseline admits Lightsail's login as '" + LightsailLogin.UBUNTU.user()
                    + "' only (the instance image is Ubuntu): report this, deploy cannot deliver the credentials");
        }
    }

    private InstanceAccessDetails accessDetails(String instanceName) {
        try {
            return lightsail.getInstanceAccessDetails(b -> b.instanceName(instanceName)
                    .protocol(InstanceAccessProtocol.SSH)).accessDetails();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "getting SSH access details for " + instanceName);
        }
    }

    private Map<String, Secret> credentials(Secrets secrets) {
        Map<String, Secret> values = new LinkedHashMap<>();
        // File names as the host baseline's unit loads them (LoadCredential=), so the gateway finds them.
        values.put(Credential.GATEWAY_TOKEN.name(), read(secrets.gatewayToken()));
        for (Secrets.ProviderKey key : secrets.providerKeys()) {
            values.put(Credential.forProvider(key.provider(), key.env()).name(), read(key.secretName()));
        }
        return values;
    }

    private Secret read(String secretName) {
        try {
            return Secret.of(secretsManager.getSecretValue(b -> b.secretId(secretName)).secretString());
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading secret " + secretName + " for delivery to the host");
        }
    }
}
