package dev.bulwark.deploy.secrets;

import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Deploy's provider-key step, the same in both modes: keys read in this run go into their secrets; without them,
 * a secret still holding the stack's placeholder stops the deploy with the way to give the keys.
 */
public final class ProviderKeyDeposit {
    private ProviderKeyDeposit() {
    }

    /** @return true when values read in this run were stored (a running gateway must restart to see them) */
    public static boolean deposit(SecretsManagerClient secretsManager, Console console, List<Secrets.ProviderKey> keys,
                               Optional<SecretSource> source, Optional<Map<String, Secret>> read) {
        if (keys.isEmpty()) {
            return false;
        }
        ProviderKeyStore store = new ProviderKeyStore(secretsManager);
        if (read.isPresent()) {
            Map<String, Secret> values = read.get();
            store.store(keys, values);
            console.line("Stored " + values.size() + " provider key(s)" + source.map(s -> " from " + s.description())
                    .orElse("") + " in Secrets Manager: " + keys.stream().map(Secrets.ProviderKey::secretName)
                    .collect(Collectors.joining(", ")));
            return true;
        }
        List<String> unfilled = store.unfilled(keys);
        if (!unfilled.isEmpty()) {
            throw DeployException.usage("provider key secret(s) " + String.join(", ", unfilled) + " still hold the"
                    + " placeholder: run deploy again with --secrets-from stdin|env|FILE (never on the command line)");
        }
        return false;
    }
}
