package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeployStepsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "no key                                        => CreateKeyPair",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0 a@b => CreateKeyPair",
            "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTI a@b    => CreateKeyPair",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ a@b      => ImportKeyPair",
    })
    void preCreate_adminKeyType_importsOnlyRsaOtherwiseSealed(String key, String action) {
        Blueprint base = TestBlueprints.closed();
        Optional<String> publicKey = key.equals("no key") ? Optional.empty() : Optional.of(key);
        Blueprint blueprint = new Blueprint(base.name(), base.region(), base.mode(), base.bundle(),
                base.availabilityZone(), base.agent(), base.domain(),
                new Admin(List.of(), List.of(), publicKey, "admin"), base.tls(), base.network(), base.secrets(),
                base.snapshots(), base.tags(), base.source(), base.warnings());

        assertEquals(List.of(new DeploySteps.Step(action, "agent-closed-key")), DeploySteps.preCreate(blueprint));
    }

    @Test
    void postCreate_ipv4Only_requiresImdsv2ThenIpv4() {
        assertEquals(List.of(DeploySteps.REQUIRE_IMDSV2, DeploySteps.IPV4_ONLY),
                DeploySteps.postCreate(TestBlueprints.closed()));
    }

    @Test
    void postCreate_dualstack_requiresOnlyImdsv2() {
        assertEquals(List.of(DeploySteps.REQUIRE_IMDSV2), DeploySteps.postCreate(TestBlueprints.open()));
    }

    @Test
    void parse_renderedSteps_roundTrips() {
        List<DeploySteps.Step> steps = DeploySteps.postCreate(TestBlueprints.closed());

        String rendered = DeploySteps.render(steps);

        assertEquals("UpdateInstanceMetadataOptions httpTokens=required; SetIpAddressType ipv4", rendered);
        assertEquals(steps, DeploySteps.parse(rendered));
    }

    @Test
    void parse_emptyString_givesNoSteps() {
        assertEquals(List.of(), DeploySteps.parse(""));
    }

    @Test
    void parse_entryWithoutArgument_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> DeploySteps.parse("SetIpAddressType"));
    }
}
