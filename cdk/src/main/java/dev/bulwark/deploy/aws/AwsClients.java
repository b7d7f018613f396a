package dev.bulwark.deploy.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS clients deploy, status and destroy use, built once per command and closed together. Services take
 * this holder, so seam tests hand in their own implementations of the SDK client interfaces. ECR is used only by a
 * container deploy with a private ECR image (the repository policy).
 */
public final class AwsClients implements AutoCloseable {
    private final CloudFormationClient cloudFormation;
    private final LightsailClient lightsail;
    private final SecretsManagerClient secretsManager;
    private final StsClient sts;
    private final Route53Client route53;
    private final Optional<EcrClient> ecr;
    private final List<AutoCloseable> owned;

    /** Without ECR: for callers that never deploy a private ECR image. */
    public AwsClients(CloudFormationClient cloudFormation, LightsailClient lightsail,
                      SecretsManagerClient secretsManager, StsClient sts, Route53Client route53) {
        this(cloudFormation, lightsail, secretsManager, sts, route53, Optional.empty(), List.of());
    }

    public AwsClients(CloudFormationClient cloudFormation, LightsailClient lightsail,
                      SecretsManagerClient secretsManager, StsClient sts, Route53Client route53, EcrClient ecr) {
        this(cloudFormation, lightsail, secretsManager, sts, route53, Optional.of(ecr), List.of());
    }

    private AwsClients(CloudFormationClient cloudFormation, LightsailClient lightsail,
                       SecretsManagerClient secretsManager, StsClient sts, Route53Client route53,
                       Optional<EcrClient> ecr, List<AutoCloseable> owned) {
        this.cloudFormation = cloudFormation;
        this.lightsail = lightsail;
        this.secretsManager = secretsManager;
        this.sts = sts;
        this.route53 = route53;
        this.ecr = ecr;
        this.owned = owned;
    }

    /** Real clients sharing one Apache HTTP client, with both API-call timeouts set. */
    public static AwsClients create(AwsSettings settings) {
        return create(settings, List.of());
    }

    /** Same, with SDK interceptors on every client (e.g. one that says which call a slow run waits for). */
    public static AwsClients create(AwsSettings settings, List<ExecutionInterceptor> interceptors) {
        SdkHttpClient http = ApacheHttpClient.builder()
                .connectionTimeout(settings.apiCallAttemptTimeout())
                .socketTimeout(settings.apiCallAttemptTimeout())
                .build();
        DefaultCredentialsProvider.Builder chain = DefaultCredentialsProvider.builder();
        settings.profile().ifPresent(chain::profileName);
        AwsCredentialsProvider credentials = chain.build();
        ClientOverrideConfiguration timeouts = ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.apiCallAttemptTimeout())
                .executionInterceptors(interceptors)
                .build();
        Region region = Region.of(settings.region());
        CloudFormationClient cloudFormation = configure(CloudFormationClient.builder(), settings, http, credentials,
                timeouts, region).build();
        LightsailClient lightsail = configure(LightsailClient.builder(), settings, http, credentials, timeouts,
                region).build();
        SecretsManagerClient secrets = configure(SecretsManagerClient.builder(), settings, http, credentials,
                timeouts, region).build();
        StsClient sts = configure(StsClient.builder(), settings, http, credentials, timeouts, region).build();
        // Route 53 is a global service: its endpoint lives in aws-global whatever the stack's region.
        Route53Client route53 = configure(Route53Client.builder(), settings, http, credentials, timeouts,
                Region.AWS_GLOBAL).build();
        EcrClient ecr = configure(EcrClient.builder(), settings, http, credentials, timeouts, region).build();
        List<AutoCloseable> owned = new ArrayList<>(List.of(cloudFormation, lightsail, secrets, sts, route53, ecr,
                http));
        if (credentials instanceof AutoCloseable closeable) {
            owned.add(closeable);
        }
        return new AwsClients(cloudFormation, lightsail, secrets, sts, route53, Optional.of(ecr),
                List.copyOf(owned));
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, AwsSettings settings, SdkHttpClient http, AwsCredentialsProvider credentials,
            ClientOverrideConfiguration timeouts, Region region) {
        builder.region(region).credentialsProvider(credentials).overrideConfiguration(timeouts).httpClient(http);
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    public CloudFormationClient cloudFormation() {
        return cloudFormation;
    }

    public LightsailClient lightsail() {
        return lightsail;
    }

    public SecretsManagerClient secretsManager() {
        return secretsManager;
    }

    public StsClient sts() {
        return sts;
    }

    public Route53Client route53() {
        return route53;
    }

    /** ECR in the stack's region (a container service pulls private images only from its own region). */
    public EcrClient ecr() {
        return ecr.orElseThrow(() -> new IllegalStateException("no ECR client was given to these AWS clients"));
    }

    /** Closes the clients this holder built (never the ones a caller handed in). */
    @Override
    public void close() {
        for (AutoCloseable closeable : owned) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing is best effort: a client that fails to close has nothing left to lose.
            }
        }
    }
}
