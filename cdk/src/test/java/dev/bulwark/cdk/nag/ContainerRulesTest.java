package dev.bulwark.cdk.nag;

import dev.bulwark.cdk.nag.RuleVerdict.Compliance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table tests of the container service rules as pure functions of one {@code AWS::Lightsail::Container}. */
class ContainerRulesTest {
    private static final String DIGEST = "@sha256:" + "0123456789abcdef".repeat(4);

    private static LightsailResource withEnvironment(String environment) {
        return TestResources.of(LightsailTypes.CONTAINER,
                "{'ServiceName':'svc','ContainerServiceDeployment':{'Containers':[{'ContainerName':'gw',"
                        + "'Environment':" + SecretPatternsTest.fill(environment) + "}]}}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            token via Ref                  | [{'Variable':'OPENCLAW_GATEWAY_TOKEN','Value':{'Ref':'Token'}}]                      | NON_COMPLIANT
            key via GetAtt                 | [{'Variable':'AWS_SECRET_ACCESS_KEY','Value':{'Fn::GetAtt':['Key','SecretAccessKey']}}] | NON_COMPLIANT
            key via Join                   | [{'Variable':'ANTHROPIC_API_KEY','Value':{'Fn::Join':['',['a',{'Ref':'K'}]]}}]      | NON_COMPLIANT
            secretsmanager reference       | [{'Variable':'CONFIG','Value':'{{resolve:secretsmanager:prod/key:SecretString:k}}'}] | NON_COMPLIANT
            ssm-secure reference           | [{'Variable':'SETTINGS','Value':'x={{resolve:ssm-secure:/app/key:1}}'}]              | NON_COMPLIANT
            reference inside Sub           | [{'Variable':'URL','Value':{'Fn::Sub':'https://u:{{resolve:secretsmanager:db}}@h'}}] | NON_COMPLIANT
            plain ssm reference            | [{'Variable':'LEVEL','Value':'{{resolve:ssm:/app/level}}'}]                          | COMPLIANT
            region via Ref, plain name     | [{'Variable':'REGION','Value':{'Ref':'AWS::Region'}}]                                | COMPLIANT
            secret name pointer            | [{'Variable':'BULWARK_GATEWAY_TOKEN_SECRET','Value':'app/gateway-token'}]            | COMPLIANT
            provider pointers              | [{'Variable':'BULWARK_PROVIDER_SECRETS','Value':'ANTHROPIC_API_KEY=app/anthropic'}]  | COMPLIANT
            secrets region                 | [{'Variable':'BULWARK_SECRETS_REGION','Value':'us-east-1'}]                          | COMPLIANT
            pointer holding a real key     | [{'Variable':'BULWARK_GATEWAY_TOKEN_SECRET','Value':'@ANTHROPIC@'}]                  | NON_COMPLIANT
            pointer via Ref                | [{'Variable':'BULWARK_GATEWAY_TOKEN_SECRET','Value':{'Ref':'TokenName'}}]            | COMPLIANT
            """)
    void containerEnvironmentSecret_nonLiteralTable(String name, String environment, Compliance expected) {
        assertEquals(expected, new ContainerEnvironmentSecretRule().check(withEnvironment(environment)).compliance(),
                name);
    }

    @Test
    void containerEnvironmentSecret_evidence_namesVariableAndFormButNeverTheValue() {
        RuleVerdict verdict = new ContainerEnvironmentSecretRule().check(withEnvironment(
                "[{'Variable':'CONFIG','Value':'@ANTHROPIC@'},"
                        + "{'Variable':'AWS_SECRET_ACCESS_KEY','Value':{'Fn::GetAtt':['Key','SecretAccessKey']}}]"));
        assertEquals(java.util.List.of("gw.CONFIG", "gw.AWS_SECRET_ACCESS_KEY"), verdict.findingIds());
        String evidence = String.join("\n", verdict.evidence());
        assertTrue(evidence.contains("container gw sets CONFIG to a literal value"), evidence);
        assertTrue(evidence.contains("AWS_SECRET_ACCESS_KEY from a CloudFormation Fn::GetAtt"), evidence);
        assertFalse(evidence.contains(SecretPatternsTest.anthropicKey()), evidence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            digest pinned                  | nginx@DIGEST                                    | COMPLIANT
            tag and digest                 | public.ecr.aws/nginx/nginx:1.27-alpine@DIGEST   | COMPLIANT
            tag only                       | public.ecr.aws/nginx/nginx:1.27-alpine          | NON_COMPLIANT
            latest implied                 | nginx                                           | NON_COMPLIANT
            short digest                   | nginx@sha256:abc123                             | NON_COMPLIANT
            upper-case digest              | nginx@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF | NON_COMPLIANT
            lightsail stored image         | :svc.gateway.3                                  | NON_COMPLIANT
            """)
    void containerImageNotPinned_table(String name, String image, Compliance expected) {
        LightsailResource container = TestResources.of(LightsailTypes.CONTAINER,
                "{'ContainerServiceDeployment':{'Containers':[{'ContainerName':'gw','Image':'"
                        + image.replace("DIGEST", DIGEST) + "'}]}}");
        assertEquals(expected, new ContainerImageNotPinnedRule().check(container).compliance(), name);
    }

    @Test
    void containerImageNotPinned_imageFromExpression_isNonCompliant() {
        LightsailResource container = TestResources.of(LightsailTypes.CONTAINER,
                "{'ContainerServiceDeployment':{'Containers':[{'ContainerName':'gw','Image':{'Ref':'Image'}}]}}");
        RuleVerdict verdict = new ContainerImageNotPinnedRule().check(container);
        assertEquals(Compliance.NON_COMPLIANT, verdict.compliance());
        assertTrue(verdict.evidence().get(0).contains("expression"), verdict.evidence().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            proxy port                     | {'ContainerName':'proxy','ContainerPort':8080}   | COMPLIANT
            gateway port                   | {'ContainerName':'gateway','ContainerPort':18789} | NON_COMPLIANT
            gateway port on any container  | {'ContainerName':'proxy','ContainerPort':18789}  | NON_COMPLIANT
            browser control port           | {'ContainerName':'gateway','ContainerPort':18791} | NON_COMPLIANT
            devtools range                 | {'ContainerName':'gateway','ContainerPort':18850} | NON_COMPLIANT
            port as string                 | {'ContainerName':'gateway','ContainerPort':'18789'} | NON_COMPLIANT
            """)
    void containerGatewayPublic_table(String name, String endpoint, Compliance expected) {
        LightsailResource container = TestResources.of(LightsailTypes.CONTAINER,
                "{'ContainerServiceDeployment':{'PublicEndpoint':" + endpoint + "}}");
        assertEquals(expected, new ContainerGatewayPublicRule(LightsailHardeningProps.defaults()).check(container)
                .compliance(), name);
    }

    @Test
    void containerGatewayPublic_noEndpointOrOtherType_isNotAFinding() {
        ContainerGatewayPublicRule rule = new ContainerGatewayPublicRule(LightsailHardeningProps.defaults());
        assertEquals(Compliance.COMPLIANT, rule.check(TestResources.of(LightsailTypes.CONTAINER,
                "{'ContainerServiceDeployment':{'Containers':[]}}")).compliance());
        assertEquals(Compliance.NOT_APPLICABLE, rule.check(TestResources.instance("{}")).compliance());
        assertThrows(IllegalArgumentException.class, () -> rule.check(TestResources.of(LightsailTypes.CONTAINER,
                "{'ContainerServiceDeployment':{'PublicEndpoint':{'ContainerPort':{'Ref':'Port'}}}}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            health path set                | {'ContainerName':'proxy','ContainerPort':8080,'HealthCheckConfig':{'Path':'/health','SuccessCodes':'200'}} | COMPLIANT
            no health check                | {'ContainerName':'proxy','ContainerPort':8080}                                                          | NON_COMPLIANT
            health check without path      | {'ContainerName':'proxy','ContainerPort':8080,'HealthCheckConfig':{'SuccessCodes':'200'}}                | NON_COMPLIANT
            """)
    void containerHealthCheckMissing_table(String name, String endpoint, Compliance expected) {
        LightsailResource container = TestResources.of(LightsailTypes.CONTAINER,
                "{'ContainerServiceDeployment':{'PublicEndpoint':" + endpoint + "}}");
        assertEquals(expected, new ContainerHealthCheckMissingRule().check(container).compliance(), name);
    }

    @Test
    void containerHealthCheckMissing_noPublicEndpoint_isNotApplicable() {
        assertEquals(Compliance.NOT_APPLICABLE, new ContainerHealthCheckMissingRule().check(TestResources.of(
                LightsailTypes.CONTAINER, "{'ContainerServiceDeployment':{}}")).compliance());
    }
}
