package dev.bulwark.discover.aws;

import dev.bulwark.deploy.aws.AwsSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lightsail.LightsailClient;

/**
 * Real clients, one pair per region, built on first use over one HTTP client and one credential chain, with both
 * API-call timeouts set and the SDK's standard retry (throttling included); all closed together.
 */
public final class SdkRegionalClients implements RegionalClients {
    private final AwsSettings settings;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final ClientOverrideConfiguration timeouts;
    private final Map<String, LightsailClient> lightsail = new HashMap<>();
    private final Map<String, Ec2Client> ec2 = new HashMap<>();

    public SdkRegionalClients(AwsSettings settings) {
        this.settings = settings;
        this.http = ApacheHttpClient.builder().connectionTimeout(settings.apiCallAttemptTimeout())
                .socketTimeout(settings.apiCallAttemptTimeout()).build();
        DefaultCredentialsProvider.Builder chain = DefaultCredentialsProvider.builder();
        settings.profile().ifPresent(chain::profileName);
        this.credentials = chain.build();
        this.timeouts = ClientOverrideConfiguration.builder().apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.apiCallAttemptTimeout()).build();
    }

    @Override
    public synchronized LightsailClient lightsail(String region) {
        return lightsail.computeIfAbsent(region, r -> build(LightsailClient.builder(), r));
    }

    @Override
    public synchronized Ec2Client ec2(String region) {
        return ec2.computeIfAbsent(region, r -> build(Ec2Client.builder(), r));
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String region) {
        builder.region(Region.of(region)).credentialsProvider(credentials).overrideConfiguration(timeouts)
                .httpClient(http);
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public synchronized void close() {
        List<AutoCloseable> all = new ArrayList<>(lightsail.values());
        all.addAll(ec2.values());
        all.add(http);
        if (credentials instanceof AutoCloseable closeable) {
            all.add(closeable);
        }
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                // Best effort: nothing is left to lose once the inventory is read.
            }
        }
    }
}
