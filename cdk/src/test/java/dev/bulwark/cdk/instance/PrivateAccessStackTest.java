package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Access;
import dev.bulwark.blueprint.AccessMode;
import dev.bulwark.blueprint.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** access.mode private: no load balancer, no certificate, no public port; public with a canvas host covers it. */
class PrivateAccessStackTest {
    private static Template privateStack;
    private static Template canvasStack;

    @BeforeAll
    static void synth() {
        privateStack = Template.fromStack(InstanceStack.forBlueprint(new App(),
                TestBlueprints.withAccess(TestBlueprints.closed(), Access.PRIVATE)));
        Access canvas = new Access(AccessMode.PUBLIC, List.of("203.0.113.0/24"), Optional.empty(), Optional.empty(),
                new Canvas(true, Optional.of("canvas.example.com")));
        canvasStack = Template.fromStack(InstanceStack.forBlueprint(new App(),
                TestBlueprints.withAccess(TestBlueprints.closed(), canvas)));
    }

    @Test
    void privateAccess_blueprint_hasNoLoadBalancerAndNoCertificate() {
        privateStack.resourceCountIs("AWS::Lightsail::LoadBalancer", 0);
        privateStack.resourceCountIs("AWS::Lightsail::LoadBalancerTlsCertificate", 0);
        privateStack.resourceCountIs("AWS::Lightsail::Instance", 1);
        assertTrue(privateStack.findOutputs("LoadBalancerName").isEmpty());
        privateStack.hasOutput(InstanceStackOutputs.ACCESS_MODE, Match.objectLike(Map.of("Value", "private")));
    }

    @Test
    void privateAccess_noSshCidrs_everyPortIsListedPrivate() {
        privateStack.hasResourceProperties("AWS::Lightsail::Instance", Match.objectLike(Map.of(
                "Networking", Match.objectLike(Map.of("Ports", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("FromPort", 22, "AccessType", "private")),
                        Match.objectLike(Map.of("FromPort", 80, "AccessType", "private")))))))));
    }

    @Test
    void publicAccess_canvasEnabled_certificateCoversTheCanvasHostName() {
        canvasStack.resourceCountIs("AWS::Lightsail::LoadBalancer", 1);
        canvasStack.hasResourceProperties("AWS::Lightsail::LoadBalancerTlsCertificate", Match.objectLike(Map.of(
                "CertificateAlternativeNames", List.of("canvas.example.com"))));
        assertEquals(1, canvasStack.findOutputs(InstanceStackOutputs.ACCESS_MODE).size());
    }
}
