package dev.bulwark.deploy;

import dev.bulwark.testing.Requirement;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.AwsSettings;
import dev.bulwark.deploy.changeset.ChangeSets;
import dev.bulwark.deploy.changeset.PreparedChangeSet;
import dev.bulwark.deploy.preflight.CallerIdentity;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.progress.StackOutcome;
import dev.bulwark.deploy.progress.StackProgress;
import dev.bulwark.deploy.secrets.ProviderKeyStore;
import dev.bulwark.secret.Secret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CloudFormation, Secrets Manager and STS paths against LocalStack, through the real SDK clients built by
 * {@link AwsClients#create} with {@code --endpoint-url}. Needs Docker: {@link Requirement} skips it where Docker is
 * missing, and fails it under {@code BULWARK_REQUIRE_ACCEPTANCE=1} unless the run excuses {@code docker}
 * ({@code BULWARK_ACCEPTANCE_WITHOUT=docker}, as {@code .ci/run} does on this project's Docker-less CI).
 */
class LocalStackDeployTest {
    /** Made only once Docker is known to be there: building it asks Docker. */
    private static LocalStackContainer localstack;

    private static AwsClients aws;

    @BeforeAll
    static void clients() {
        Requirement.require(DockerClientFactory.instance().isDockerAvailable(), Requirement.Component.DOCKER,
                "Docker (for LocalStack)");
        localstack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:3.8"))
                .withServices(LocalStackContainer.Service.CLOUDFORMATION, LocalStackContainer.Service.SECRETSMANAGER,
                        LocalStackContainer.Service.STS);
        localstack.start();
        // LocalStack accepts any key; the default chain reads these system properties first.
        System.setProperty("aws.accessKeyId", localstack.getAccessKey());
        System.setProperty("aws.secretAccessKey", localstack.getSecretKey());
        aws = AwsClients.create(AwsSettings.of(localstack.getRegion(), Optional.empty(),
                Optional.of(localstack.getEndpoint())));
    }

    @AfterAll
    static void close() {
        if (aws == null) {
            return;
        }
        aws.close();
        localstack.stop();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void identity_localStack_printsAccount() {
        CallerIdentity identity = new Preflight(aws, () -> { }, new RecordingConsole()).identity();

        assertFalse(identity.account().isBlank());
    }

    @Test
    void changeSet_createThenUnchanged_appliesThenNoOp() {
        String template = "{\"Resources\":{\"Token\":{\"Type\":\"AWS::SecretsManager::Secret\",\"Properties\":"
                + "{\"Name\":\"bulwark-ls/token\",\"GenerateSecretString\":{\"PasswordLength\":32}}}}}";
        WaiterOverrideConfiguration waiting = WaiterOverrideConfiguration.builder().waitTimeout(Duration.ofMinutes(2))
                .build();
        ChangeSets changeSets = new ChangeSets(aws.cloudFormation(), waiting, Clock.systemUTC());
        RecordingConsole console = new RecordingConsole();

        PreparedChangeSet create = changeSets.prepare("bulwark-ls", template, Map.of());
        assertTrue(create.create());
        assertFalse(create.diff().empty());
        StackProgress progress = new StackProgress(aws.cloudFormation(), console, Clock.systemUTC(), Sleeper.system(),
                Duration.ofSeconds(1));
        changeSets.execute(create);
        StackOutcome outcome = progress.follow("bulwark-ls", Optional.empty(), Duration.ofMinutes(3));
        assertTrue(outcome.succeeded(), outcome.toString());

        PreparedChangeSet again = changeSets.prepare("bulwark-ls", template, Map.of());
        assertTrue(again.diff().empty(), again.diff().render().toString());
        changeSets.discard(again);
    }

    @Test
    void store_providerKey_readBackFromSecretsManager() {
        aws.secretsManager().createSecret(b -> b.name("bulwark-ls/anthropic")
                .secretString("{\"bulwarkPlaceholder\":\"set by bulwark deploy\"}"));
        List<Secrets.ProviderKey> keys = List.of(new Secrets.ProviderKey("anthropic", "bulwark-ls/anthropic",
                "ANTHROPIC_API_KEY"));
        ProviderKeyStore store = new ProviderKeyStore(aws.secretsManager());
        assertEquals(List.of("bulwark-ls/anthropic"), store.unfilled(keys));

        store.store(keys, Map.of("anthropic", Secret.of("sk-ant-localstack")));

        assertEquals("sk-ant-localstack", aws.secretsManager().getSecretValue(b -> b.secretId("bulwark-ls/anthropic"))
                .secretString());
        assertTrue(store.unfilled(keys).isEmpty());
    }
}
