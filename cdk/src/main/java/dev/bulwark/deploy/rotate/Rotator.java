package dev.bulwark.deploy.rotate;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.cdk.container.ContainerStackOutputs;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.Polling;
import dev.bulwark.deploy.changeset.ChangeSets;
import dev.bulwark.deploy.container.ServiceRollout;
import dev.bulwark.deploy.hostsecrets.CredentialDelivery;
import dev.bulwark.deploy.hostsecrets.DeployNetworks;
import dev.bulwark.deploy.hostsecrets.HostSecretDelivery;
import dev.bulwark.deploy.preflight.Preflight;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code bulwark rotate}: checks the options offline, asks (or refuses without {@code --yes} when nobody can
 * answer), finds the deployment, picks the mode's delivery (instance: the just-in-time SSH window, the systemd
 * credentials and a restart, as deploy delivers them; container: a new deployment that reads the secret at start)
 * and runs the gateway token rotation with its proof, or the provider key replacement.
 */
public final class Rotator {
    private final AwsClients aws;
    private final Console console;
    private final Clock clock;
    private final Polling polling;
    private final CredentialDelivery credentials;
    private final Function<URI, GatewayCheck> gateways;

    /**
     * @param credentials how credentials reach the host over SSH (instance mode)
     * @param gateways    the outside check of the gateway at a URL (readiness and the token proof)
     */
    public Rotator(AwsClients aws, Console console, Clock clock, Polling polling, CredentialDelivery credentials,
                   Function<URI, GatewayCheck> gateways) {
        this.aws = aws;
        this.console = console;
        this.clock = clock;
        this.polling = polling;
        this.credentials = credentials;
        this.gateways = gateways;
    }

    public RotationResult rotate(Blueprint blueprint, RotateConfig config) throws InterruptedException {
        boolean container = blueprint.mode() == Mode.CONTAINER;
        Optional<Secrets.ProviderKey> key = providerKey(blueprint, config);
        Optional<String> cidr = deployerCidr(blueprint, config, container);
        confirm(blueprint, config, container);
        new Preflight(aws, () -> { }, console).identity();
        String stackName = StackRollout.stackNameFor(blueprint);
        Stack stack = new ChangeSets(aws.cloudFormation(), WaiterOverrideConfiguration.builder().build(), clock)
                .describe(stackName).orElseThrow(() -> DeployException.environment("nothing is deployed for "
                        + blueprint.file() + " (no stack " + stackName + "): run `bulwark deploy` first"));
        TokenDelivery delivery = container
                ? new ContainerRedeployment(aws.lightsail(), console, new ServiceRollout(aws.lightsail(), console,
                polling), StackRollout.required(stack, ContainerStackOutputs.SERVICE_NAME), config.timeout())
                : instanceDelivery(blueprint, StackRollout.required(stack, InstanceStackOutputs.INSTANCE_NAME),
                cidr.orElseThrow());
        GatewayCheck gateway = gateways.apply(URI.create("https://" + blueprint.domain().name() + "/"));
        if (key.isPresent()) {
            ProviderKeyRotation rotation = new ProviderKeyRotation(aws.secretsManager(), delivery, gateway, console);
            return config.rollback() ? rotation.rollback(key.get())
                    : rotation.replace(key.get(), config.providerValue().orElseThrow(), config.rollbackCommand());
        }
        GatewayTokenRotation rotation = new GatewayTokenRotation(aws.secretsManager(), delivery, gateway, console);
        String secretName = blueprint.secrets().gatewayToken();
        return config.rollback() ? rotation.rollback(secretName) : rotation.rotate(secretName, config.rollbackCommand());
    }

    /** As deploy delivers: port 22 open to the deployer alone, every credential written, the gateway restarted. */
    private TokenDelivery instanceDelivery(Blueprint blueprint, String instanceName, String cidr) {
        HostSecretDelivery host = new HostSecretDelivery(aws.lightsail(), aws.secretsManager(), credentials, console);
        return () -> {
            console.line("Delivering over a just-in-time SSH window to " + instanceName + " (then the gateway"
                    + " restarts)...");
            host.deliver(blueprint, instanceName, cidr);
        };
    }

    private static Optional<Secrets.ProviderKey> providerKey(Blueprint blueprint, RotateConfig config) {
        if (config.providerKey().isEmpty()) {
            return Optional.empty();
        }
        String name = config.providerKey().get();
        Optional<Secrets.ProviderKey> key = blueprint.secrets().providerKeys().stream()
                .filter(k -> k.provider().equals(name)).findFirst();
        if (key.isEmpty()) {
            throw DeployException.usage("--provider-key " + name + " is not in " + blueprint.file() + "'s"
                    + " secrets.providerKeys " + blueprint.secrets().providerKeys().stream()
                    .map(Secrets.ProviderKey::provider).toList() + ": name one of them");
        }
        if (config.rollback() == config.providerValue().isPresent()) {
            throw DeployException.usage(config.rollback()
                    ? "--rollback re-delivers the previous " + name + " key: drop --from-file"
                    : "--provider-key " + name + " needs --from-file FILE with the key you made at " + name
                    + " (bulwark cannot make provider keys; never pass a key as an argument)");
        }
        return key;
    }

    private static Optional<String> deployerCidr(Blueprint blueprint, RotateConfig config, boolean container) {
        if (container) {
            if (config.sshFrom().isPresent()) {
                throw DeployException.usage("--ssh-from does not apply to container mode: the service reads the"
                        + " secret when a new deployment starts; drop the option");
            }
            return Optional.empty();
        }
        String address = config.sshFrom().orElseThrow(() -> DeployException.usage("instance mode delivers over SSH:"
                + " pass --ssh-from YOUR.PUBLIC.IP (port 22 opens to that address alone for the delivery, then"
                + " closes)"));
        return Optional.of(DeployNetworks.deployerCidr(blueprint.admin(), address, blueprint.file()));
    }

    private void confirm(Blueprint blueprint, RotateConfig config, boolean container) {
        if (config.autoApprove()) {
            return;
        }
        if (!console.interactive()) {
            throw DeployException.usage("rotate changes a live secret and restarts the gateway: pass --yes to run"
                    + " it without a terminal (nothing changed)");
        }
        String action = (config.rollback() ? "Roll back " : "Rotate ") + config.what() + " of " + blueprint.name()
                + (container ? " (a new container deployment)" : " (the gateway restarts)") + "? Type yes: ";
        if (!console.ask(action).map(a -> a.strip().equals("yes")).orElse(false)) {
            throw DeployException.usage("not confirmed: nothing changed");
        }
    }
}
