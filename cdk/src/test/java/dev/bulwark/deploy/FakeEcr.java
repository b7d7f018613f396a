package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.EcrException;
import software.amazon.awssdk.services.ecr.model.GetRepositoryPolicyRequest;
import software.amazon.awssdk.services.ecr.model.GetRepositoryPolicyResponse;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.ecr.model.RepositoryPolicyNotFoundException;
import software.amazon.awssdk.services.ecr.model.SetRepositoryPolicyRequest;
import software.amazon.awssdk.services.ecr.model.SetRepositoryPolicyResponse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seam test double of Amazon ECR's repository policy calls, which have no real counterpart on this machine: the
 * repositories of one registry, each with its policy text, and what the policy lets a principal pull. Calls are
 * written to a timeline shared with the Lightsail double, so a test can tell what happened before what.
 */
final class FakeEcr implements EcrClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Set<String> repositories = new HashSet<>();
    /** Repository name to its policy text, as SetRepositoryPolicy stored it. */
    final Map<String, String> policies = new LinkedHashMap<>();
    final List<String> timeline;
    /** When set, SetRepositoryPolicy is denied with this error code (e.g. a deployer without the permission). */
    String denySetWith;

    FakeEcr(List<String> timeline, String... repositories) {
        this.timeline = timeline;
        this.repositories.addAll(List.of(repositories));
    }

    @Override
    public GetRepositoryPolicyResponse getRepositoryPolicy(GetRepositoryPolicyRequest request) {
        timeline.add("GetRepositoryPolicy " + request.repositoryName());
        requireRepository(request.repositoryName());
        String policy = policies.get(request.repositoryName());
        if (policy == null) {
            throw RepositoryPolicyNotFoundException.builder().message("Repository policy does not exist").build();
        }
        return GetRepositoryPolicyResponse.builder().registryId(request.registryId())
                .repositoryName(request.repositoryName()).policyText(policy).build();
    }

    @Override
    public SetRepositoryPolicyResponse setRepositoryPolicy(SetRepositoryPolicyRequest request) {
        timeline.add("SetRepositoryPolicy " + request.repositoryName());
        requireRepository(request.repositoryName());
        if (denySetWith != null) {
            throw (EcrException) EcrException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                    .errorCode(denySetWith).errorMessage("User is not authorized to perform:"
                            + " ecr:SetRepositoryPolicy").build()).build();
        }
        policies.put(request.repositoryName(), request.policyText());
        return SetRepositoryPolicyResponse.builder().repositoryName(request.repositoryName())
                .policyText(request.policyText()).build();
    }

    /** Whether the repository's policy lets {@code principal} pull layers and manifests, as ECR would judge it. */
    boolean allowsPull(String principal, String repository) {
        String policy = policies.get(repository);
        if (policy == null) {
            return false;
        }
        try {
            for (JsonNode statement : JSON.readTree(policy).path("Statement")) {
                if (!"Allow".equals(statement.path("Effect").asText())) {
                    continue;
                }
                Set<String> principals = strings(statement.path("Principal").path("AWS"));
                Set<String> actions = strings(statement.path("Action"));
                if (principals.contains(principal) && (actions.contains("ecr:*")
                        || actions.containsAll(Set.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer")))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new AssertionError("stored policy is not JSON: " + policy, e);
        }
    }

    private void requireRepository(String name) {
        if (!repositories.contains(name)) {
            throw RepositoryNotFoundException.builder().message("The repository with name '" + name
                    + "' does not exist").build();
        }
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new HashSet<>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(n -> values.add(n.asText()));
        return values;
    }

    @Override
    public String serviceName() {
        return "ecr";
    }

    @Override
    public void close() {
    }
}
