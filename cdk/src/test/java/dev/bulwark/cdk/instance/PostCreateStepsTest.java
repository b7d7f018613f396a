package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostCreateStepsTest {

    @Test
    void forBlueprint_ipv4Only_requiresImdsv2ThenIpv4() {
        assertEquals(List.of(PostCreateSteps.REQUIRE_IMDSV2, PostCreateSteps.IPV4_ONLY),
                PostCreateSteps.forBlueprint(TestBlueprints.closed()));
    }

    @Test
    void forBlueprint_dualstack_requiresOnlyImdsv2() {
        assertEquals(List.of(PostCreateSteps.REQUIRE_IMDSV2), PostCreateSteps.forBlueprint(TestBlueprints.open()));
    }

    @Test
    void parse_renderedSteps_roundTrips() {
        Blueprint blueprint = TestBlueprints.closed();
        List<PostCreateSteps.Step> steps = PostCreateSteps.forBlueprint(blueprint);

        String rendered = PostCreateSteps.render(steps);

        assertEquals("UpdateInstanceMetadataOptions httpTokens=required; SetIpAddressType ipv4", rendered);
        assertEquals(steps, PostCreateSteps.parse(rendered));
    }

    @Test
    void parse_emptyString_givesNoSteps() {
        assertEquals(List.of(), PostCreateSteps.parse(""));
    }

    @Test
    void parse_entryWithoutArgument_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> PostCreateSteps.parse("SetIpAddressType"));
    }
}
