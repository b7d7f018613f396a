package dev.bulwark.discover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lightsail.LightsailClient;

/**
 * Throttling goes through the SDK's own retry: a real {@link LightsailClient} (real marshalling, real retry
 * strategy, backoff set to zero so the test takes milliseconds) over an in-memory {@link SdkHttpClient} that
 * answers {@code ThrottlingException} before it answers properly. No AWS here: the HTTP client is the seam.
 */
class ThrottledInventoryTest {

    /** Answers every Lightsail call; the first {@code throttled} GetRegions calls get HTTP 400 ThrottlingException. */
    private static final class ThrottlingHttp implements SdkHttpClient {
        final List<String> targets = Collections.synchronizedList(new ArrayList<>());
        private final int throttled;

        ThrottlingHttp(int throttled) {
            this.throttled = throttled;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            targets.add(target);
            long regionsCalls = targets.stream().filter(t -> t.endsWith("GetRegions")).count();
            boolean throttle = target.endsWith("GetRegions") && regionsCalls <= throttled;
            String body = throttle ? "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"
                    : target.endsWith("GetRegions") ? "{\"regions\":[{\"name\":\"eu-west-1\"}]}" : "{}";
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(throttle ? 400 : 200)
                                    .putHeader("Content-Type", "application/x-amz-json-1.1").build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(
                                    body.getBytes(StandardCharsets.UTF_8)))).build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }

    private static AwsInventory read(ThrottlingHttp http) {
        LightsailClient lightsail = LightsailClient.builder().region(Region.US_EAST_1).httpClient(http)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test")))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())))
                .build();
        SeamEc2 ec2 = new SeamEc2(SeamLightsail.recorder());
        RegionalClients clients = new RegionalClients() {
            @Override
            public LightsailClient lightsail(String region) {
                return lightsail;
            }

            @Override
            public Ec2Client ec2(String region) {
                return ec2;
            }

            @Override
            public void close() {
                lightsail.close();
            }
        };
        try (clients) {
            return new AwsInventoryReader(clients).read(Optional.empty());
        }
    }

    @Test
    void read_throttledTwice_theSdkRetriesAndTheRegionIsRead() {
        ThrottlingHttp http = new ThrottlingHttp(2);

        AwsInventory inventory = read(http);

        assertEquals(List.of(), inventory.failures());
        assertEquals(List.of("eu-west-1"), inventory.regions());
        assertEquals(3, http.targets.stream().filter(t -> t.endsWith("GetRegions")).count(), http.targets.toString());
        assertTrue(http.targets.stream().anyMatch(t -> t.endsWith("GetInstances")), http.targets.toString());
    }

    @Test
    void read_throttledBeyondTheRetries_isReportedNotSkipped() {
        ThrottlingHttp http = new ThrottlingHttp(100);

        AwsInventory inventory = read(http);

        assertEquals(1, inventory.failures().size());
        RegionFailure failure = inventory.failures().get(0);
        assertTrue(failure.message().startsWith("GetRegions failed, so no region was read: ThrottlingException"),
                failure.message());
        assertTrue(http.targets.size() > 1 && http.targets.stream().allMatch(t -> t.endsWith("GetRegions")),
                "the SDK retried GetRegions before giving up, and read nothing else: " + http.targets);
    }
}
