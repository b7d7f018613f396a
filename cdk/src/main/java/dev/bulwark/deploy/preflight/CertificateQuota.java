package dev.bulwark.deploy.preflight;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.GetLoadBalancersResponse;
import software.amazon.awssdk.services.lightsail.model.LoadBalancer;

import java.util.ArrayList;
import java.util.List;

/**
 * The quota that bites a new deployment halfway: Lightsail allows 10 load balancer certificates in an account at
 * one time (per the {@code CreateLoadBalancerTlsCertificate} API reference). Counted before the stack is created,
 * so a full account fails in preflight with the fix instead of in a rollback.
 */
public final class CertificateQuota {
    public static final int MAX_CERTIFICATES = 10;

    private CertificateQuota() {
    }

    /** @return how many load balancer certificates the account holds in this region */
    public static int check(LightsailClient lightsail, String region) {
        List<String> owners = new ArrayList<>();
        int count = 0;
        try {
            String token = null;
            do {
                String page = token;
                GetLoadBalancersResponse response = lightsail.getLoadBalancers(b -> b.pageToken(page));
                for (LoadBalancer loadBalancer : response.loadBalancers()) {
                    int held = lightsail.getLoadBalancerTlsCertificates(b -> b.loadBalancerName(loadBalancer.name()))
                            .tlsCertificates().size();
                    count += held;
                    if (held > 0) {
                        owners.add(loadBalancer.name());
                    }
                }
                token = response.nextPageToken();
            } while (token != null && !token.isEmpty());
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "counting Lightsail load balancer certificates in " + region);
        }
        if (count >= MAX_CERTIFICATES) {
            throw DeployException.environment("the account already holds " + count + " Lightsail load balancer"
                    + " certificates in " + region + " (the limit is " + MAX_CERTIFICATES + "), so a new one cannot be"
                    + " requested: delete unused ones (aws lightsail delete-load-balancer-tls-certificate; held by "
                    + String.join(", ", owners) + ") or ask AWS Support for more");
        }
        return count;
    }
}
