package dev.bulwark.deploy.container;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.deploy.status.LocalRecord;
import dev.bulwark.deploy.status.StatusJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container deployment as AWS has it now, for {@code bulwark status}. Holds environment variable NAMES only:
 * values never enter this type, so no renderer can print one.
 *
 * @param stackName       the stack
 * @param stackStatus     CloudFormation's status, or {@code NOT_DEPLOYED}
 * @param service         the container service, when the stack made one
 * @param certificate     the certificate's status and phase, when known
 * @param registryAccess  the stack's {@code RegistryAccess} output (private ECR: awaiting-grant or granted;
 *                        not-needed for public images), when the stack has one
 * @param readerKeySerial the reader key serial the local state records
 * @param local           what this machine's deploy state file records
 */
public record ContainerStatusReport(String stackName, String stackStatus, Optional<Service> service,
                                    Optional<String> certificate, Optional<String> registryAccess,
                                    int readerKeySerial, LocalRecord local) {
    /** The designed pair the gateway reads its secrets with; any other credential-looking name is flagged. */
    public static final List<String> READER_KEY_NAMES = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(?i).*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|AUTH).*");
    /** Names that point at a secret rather than hold one (the stack passes secret ARNs and names this way). */
    private static final Pattern REFERENCE_NAME = Pattern.compile("(?i).*_(ARN|NAME|ID|REGION)");

    /** The service: {@code power} and {@code scale}, its URL and domains, and the current deployment. */
    public record Service(String name, String state, String power, int scale, String url,
                          List<String> publicDomainNames, Optional<String> deployment, List<ContainerView> containers) {
        public Service {
            publicDomainNames = List.copyOf(publicDomainNames);
            containers = List.copyOf(containers);
        }
    }

    /** One container of the current deployment: image, ports and the NAMES of its environment variables. */
    public record ContainerView(String name, String image, List<String> ports, List<String> environmentNames) {
        public ContainerView {
            ports = List.copyOf(ports);
            environmentNames = environmentNames.stream().sorted().toList();
        }
    }

    public boolean deployed() {
        return !"NOT_DEPLOYED".equals(stackStatus);
    }

    /**
     * Environment variable names that look like credentials, other than the designed reader key pair and names that
     * only point at a secret ({@code GATEWAY_TOKEN_SECRET_ARN}).
     */
    public static boolean looksLikeCredential(String name) {
        return !READER_KEY_NAMES.contains(name) && CREDENTIAL_NAME.matcher(name).matches()
                && !REFERENCE_NAME.matcher(name).matches();
    }

    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        service.ifPresent(s -> s.containers().forEach(c -> c.environmentNames().stream()
                .filter(ContainerStatusReport::looksLikeCredential)
                .forEach(n -> warnings.add("container " + c.name() + " has environment variable " + n + ", whose"
                        + " name looks like a credential: secrets belong in Secrets Manager, read at start with the"
                        + " reader key; remove it from the deployment"))));
        return List.copyOf(warnings);
    }

    public List<String> render() {
        List<String> lines = new ArrayList<>();
        lines.add("Stack " + stackName + ": " + stackStatus);
        if (!deployed()) {
            lines.add("Nothing is deployed for this blueprint. Run `bulwark deploy` to create it.");
            return lines;
        }
        service.ifPresent(s -> {
            lines.add("Container service " + s.name() + ": " + s.state() + ", " + s.power() + " x " + s.scale());
            lines.add("  URL: " + s.url());
            lines.add("  Public domain names: " + (s.publicDomainNames().isEmpty() ? "none (certificate not attached)"
                    : String.join(", ", s.publicDomainNames())));
            lines.add("  Current deployment: " + s.deployment().orElse("none"));
            for (ContainerView c : s.containers()) {
                lines.add("  Container " + c.name() + ": " + c.image());
                lines.add("    ports: " + (c.ports().isEmpty() ? "none" : String.join(", ", c.ports())));
                lines.add("    environment (names only): " + (c.environmentNames().isEmpty() ? "none"
                        : String.join(", ", c.environmentNames())));
            }
        });
        warnings().forEach(w -> lines.add("WARNING: " + w));
        certificate.ifPresent(c -> lines.add("Certificate: " + c));
        registryAccess.filter(r -> !"not-needed".equals(r)).ifPresent(r -> lines.add("Private ECR pull access: " + r
                + ("awaiting-grant".equals(r) ? " (no deployment yet: run `bulwark deploy` again to grant and deploy)"
                : "")));
        lines.add("Reader key serial: " + readerKeySerial + " (bulwark deploy --rotate-reader-key raises it)");
        lines.addAll(local.lines());
        return List.copyOf(lines);
    }

    public String toJson() {
        return StatusJson.write(json());
    }

    /** The JSON document as a tree, for a command that adds its own fields (status adds secret ages). */
    public ObjectNode json() {
        ObjectNode root = StatusJson.root(stackName, stackStatus);
        service.ifPresent(s -> {
            ObjectNode node = root.putObject("service");
            node.put("name", s.name());
            node.put("state", s.state());
            node.put("power", s.power());
            node.put("scale", s.scale());
            node.put("url", s.url());
            s.publicDomainNames().forEach(node.putArray("publicDomainNames")::add);
            s.deployment().ifPresent(d -> node.put("currentDeployment", d));
            ArrayNode containers = node.putArray("containers");
            for (ContainerView c : s.containers()) {
                ObjectNode container = containers.addObject();
                container.put("name", c.name());
                container.put("image", c.image());
                ArrayNode ports = container.putArray("ports");
                c.ports().forEach(ports::add);
                ArrayNode names = container.putArray("environmentNames");
                c.environmentNames().forEach(names::add);
            }
        });
        ArrayNode warnings = root.putArray("warnings");
        warnings().forEach(warnings::add);
        certificate.ifPresent(c -> root.put("certificate", c));
        registryAccess.ifPresent(r -> root.put("registryAccess", r));
        root.put("readerKeySerial", readerKeySerial);
        local.addTo(root);
        return root;
    }
}
