package dev.bulwark.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bulwark.secret.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for AWS Secrets Manager's {@code GetSecretValue} (JSON 1.1 protocol: {@code POST /} with
 * {@code X-Amz-Target: secretsmanager.GetSecretValue}), the AWS control-plane seam of the gateway image's
 * entrypoint: there is no real Secrets Manager here. It records every request (target, secret id, Authorization
 * header) so tests can check that the real AWS SDK signed them (SigV4) and asked for exactly the expected secrets,
 * and answers unknown ids as the service does ({@code ResourceNotFoundException}, HTTP 400).
 */
final class SecretsManagerStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    record Request(String target, String secretId, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, Secret> secrets;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private SecretsManagerStandIn(Map<String, Secret> secrets) throws IOException {
        this.secrets = Map.copyOf(secrets);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code secrets} (id to value) on a free loopback port. */
    static SecretsManagerStandIn start(Map<String, Secret> secrets) throws IOException {
        return new SecretsManagerStandIn(secrets);
    }

    /** For {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String id = body.path("SecretId").asText(null);
            requests.add(new Request(target, id, exchange.getRequestHeaders().getFirst("Authorization")));
            ObjectNode answer = JSON.createObjectNode();
            int status;
            if (!"secretsmanager.GetSecretValue".equals(target) || id == null) {
                status = 400;
                answer.put("__type", "UnknownOperationException");
            } else if (!secrets.containsKey(id)) {
                status = 400;
                answer.put("__type", "ResourceNotFoundException");
                answer.put("message", "Secrets Manager can't find the specified secret.");
            } else {
                status = 200;
                answer.put("ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + id + "-AbCdEf");
                answer.put("Name", id);
                answer.put("SecretString", secrets.get(id).reveal());
                answer.put("VersionId", "00000000-0000-0000-0000-000000000001");
                answer.putArray("VersionStages").add("AWSCURRENT");
                answer.put("CreatedDate", 1.7e9);
            }
            byte[] bytes = JSON.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-0000-0000-00000000000" + status % 10);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
