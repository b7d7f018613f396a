package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.agent.OpenClawConfigRenderer;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.Main;
import dev.bulwark.policy.HardeningPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host baseline end to end: the real OpenClaw gateway started with the <em>rendered</em> agent configuration,
 * behind the <em>rendered</em> nginx site, behind a TLS-terminating nginx standing in for the Lightsail load
 * balancer (on the "public address" 127.0.0.2). {@code bulwark verify} against it must find nothing at medium or
 * above.
 *
 * <p>The stand-in load balancer does only what Lightsail's does: terminate TLS, add the client address to
 * X-Forwarded-For, set X-Forwarded-Proto. Its own Origin check and HSTS header (from the shared test template)
 * are removed, so the Origin refusal and HSTS the verifier sees come from the rendered site.
 */
class BaselineProxyIT {
    private static final String PUBLIC_ADDRESS = ProxiedGatewayIT.PUBLIC_ADDRESS;
    private static final String DOMAIN = "agent.bulwark.test";

    @TempDir
    Path dir;

    @Test
    void verify_renderedSiteAndAgentConfigInFrontOfRealGateway_nothingAtMediumOrAbove() throws Exception {
        AcceptanceHome home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        Path blueprintFile = dir.resolve("blueprint.yaml");
        Files.writeString(blueprintFile, Files.readString(Path.of("..", "blueprints", "openclaw-instance-public.yaml"))
                .replace("name: agent.example.com", "name: " + DOMAIN));
        Blueprint blueprint = new BlueprintLoader().load(blueprintFile);
        String agentConfig = new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain()).content();

        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("bulwark baseline IT")
                .build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName(PUBLIC_ADDRESS)
                .addSubjectAlternativeName(DOMAIN).duration(365, TimeUnit.DAYS).build();
        Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());

        // The gateway's port comes from the launcher (--port), which takes precedence over the rendered file's.
        try (OpenClawGateway gateway = OpenClawGateway.start(home,
                GatewayLaunch.hardened(GatewayDistribution.OPENCLAW).config(agentConfig), Duration.ofSeconds(120));
             RenderedNginxSite site = RenderedNginxSite.start(dir.resolve("site"),
                     NginxSite.forBlueprint(blueprint, HardeningPolicy.defaults()), gateway.port());
             NginxProxy loadBalancer = NginxProxy.start(Files.createDirectories(dir.resolve("lb")), PUBLIC_ADDRESS,
                     LoopbackPorts.free(PUBLIC_ADDRESS), site.port(), server, ca, ProxiedGatewayIT.REMOTE_CLIENT,
                     BaselineProxyIT::asLightsailLoadBalancer)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"verify", loadBalancer.url().toString(), "--ca-file", caFile.toString(),
                "--blueprint", blueprintFile.toString(), "--host", PUBLIC_ADDRESS, "--format", "json",
                "--timeout", "60s", "--fail-on", "medium"}, new PrintWriter(out, true), new PrintWriter(err, true));

            JsonNode report = new ObjectMapper().readTree(out.toString());
            List<String> serious = new ArrayList<>();
            report.path("findings").forEach(f -> {
                String severity = f.path("severity").asText();
                if (!severity.equals("low") && !severity.equals("info")) {
                    serious.add(f.path("ruleId").asText() + ": " + f.path("evidence").asText());
                }
            });
            assertEquals(List.of(), serious, () -> out + "\n" + err + "\ngateway log:\n" + gateway.logTail(30));
            List<String> seen = new ArrayList<>();
            report.path("findings").forEach(f -> seen.add(f.path("ruleId").asText()));
            assertFalse(seen.contains("GATEWAY_NOT_DETECTED"), "the gateway answered through both proxies: " + out);
            report.path("targets").get(0).path("probes").forEach(p -> assertEquals("checked",
                    p.path("status").asText(), p.path("id").asText() + " probe: " + out));
            assertEquals(0, exit, () -> out + "\n" + err);
        }
    }

    /** The shared hardened test proxy, minus what a Lightsail load balancer does not do. */
    static String asLightsailLoadBalancer(String conf) {
        String withoutOriginCheck = conf.replace(
                "            if ($origin_refused) {\n                return 403;\n            }\n", "");
        String result = withoutOriginCheck.replace(
                "add_header Strict-Transport-Security \"max-age=31536000\" always;", "");
        if (result.equals(withoutOriginCheck) || withoutOriginCheck.equals(conf)) {
            throw new IllegalStateException("nginx-hardened.conf changed: the load-balancer edit no longer applies");
        }
        return result;
    }
}
