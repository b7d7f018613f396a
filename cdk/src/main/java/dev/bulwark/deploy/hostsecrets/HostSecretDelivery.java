package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.baseline.systemd.Credential;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.LinkedHashMap;
import java.util.Map;
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
            SshTarget target = LightsailSshAccess.target(lightsail, instanceName);
            try (SshWindow window = SshWindow.open(lightsail, console, instanceName, deployerCidr,
                    "the credential delivery")) {
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
