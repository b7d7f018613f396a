package dev.bulwark.cdk.nag;

import dev.bulwark.cdk.nag.RuleVerdict.Compliance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table tests of the load balancer, certificate, container and secret rules as pure functions. */
class ResourceRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            policy absent means TLS-2016-08        | {'InstancePort':80}                                              | NON_COMPLIANT
            explicit TLS-2016-08                   | {'InstancePort':80,'TlsPolicyName':'TLS-2016-08'}                | NON_COMPLIANT
            TLS-FS-Res-1-2-2019-08                 | {'InstancePort':80,'TlsPolicyName':'TLS-FS-Res-1-2-2019-08'}     | COMPLIANT
            TLS-FS-1-2-Res-2019-08 spelling        | {'InstancePort':80,'TlsPolicyName':'TLS-FS-1-2-Res-2019-08'}     | COMPLIANT
            policy unknown to the hardening policy | {'InstancePort':80,'TlsPolicyName':'TLS-2019-08'}                | NON_COMPLIANT
            """)
    void loadBalancerTlsPolicy_table(String name, String properties, Compliance expected) {
        LightsailResource lb = TestResources.of(LightsailTypes.LOAD_BALANCER, properties);
        assertEquals(expected, new LoadBalancerTlsPolicyRule(LightsailHardeningProps.defaults()).check(lb).compliance(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            phase 1 not attached, no redirect      | {'IsAttached':false}                                  | NOT_APPLICABLE
            attachment absent                      | {}                                                    | NOT_APPLICABLE
            attached without redirect              | {'IsAttached':true}                                   | NON_COMPLIANT
            attached, redirect false               | {'IsAttached':true,'HttpsRedirectionEnabled':false}   | NON_COMPLIANT
            attached, redirect on                  | {'IsAttached':true,'HttpsRedirectionEnabled':true}    | COMPLIANT
            attached as string                     | {'IsAttached':'true','HttpsRedirectionEnabled':'true'} | COMPLIANT
            """)
    void httpsRedirect_table(String name, String properties, Compliance expected) {
        LightsailResource cert = TestResources.of(LightsailTypes.LOAD_BALANCER_CERTIFICATE, properties);
        assertEquals(expected, new HttpsRedirectRule().check(cert).compliance(), name);
    }

    @Test
    void httpsRedirect_intrinsicAttachment_throws() {
        LightsailResource cert = TestResources.of(LightsailTypes.LOAD_BALANCER_CERTIFICATE,
                "{'IsAttached':{'Ref':'Attach'}}");
        assertThrows(IllegalArgumentException.class, () -> new HttpsRedirectRule().check(cert));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            api key as literal                     | [{'Variable':'ANTHROPIC_API_KEY','Value':'abc'}]           | NON_COMPLIANT
            gateway token as literal               | [{'Variable':'OPENCLAW_GATEWAY_TOKEN','Value':'t0ken'}]    | NON_COMPLIANT
            key-shaped value under a plain name    | [{'Variable':'CONFIG','Value':'@ANTHROPIC@'}]              | NON_COMPLIANT
            empty token value                      | [{'Variable':'OPENCLAW_GATEWAY_TOKEN','Value':''}]         | COMPLIANT
            plain settings                         | [{'Variable':'NODE_ENV','Value':'production'}]             | COMPLIANT
            public key by name                     | [{'Variable':'ADMIN_PUBLIC_KEY','Value':'ssh-ed25519 AAAAC3Nz'}] | COMPLIANT
            """)
    void containerEnvironmentSecret_table(String name, String environment, Compliance expected) {
        LightsailResource container = TestResources.of(LightsailTypes.CONTAINER,
                "{'ServiceName':'svc','ContainerServiceDeployment':{'Containers':[{'ContainerName':'gw',"
                        + "'Environment':" + SecretPatternsTest.fill(environment) + "}]}}");
        assertEquals(expected, new ContainerEnvironmentSecretRule().check(container).compliance(), name);
    }

    @Test
    void secretInTemplate_userDataKey_nonCompliantWithPathButNotValue() {
        LightsailResource instance = TestResources.instance("{'UserData':{'Fn::Base64':{'Fn::Join':['',"
                + "['#!/bin/bash\\nexport ANTHROPIC_API_KEY=" + SecretPatternsTest.anthropicKey() + "\\n']]}}}");
        RuleVerdict verdict = new SecretInTemplateRule().check(instance);
        assertEquals(Compliance.NON_COMPLIANT, verdict.compliance());
        String evidence = String.join(" ", verdict.evidence());
        assertTrue(evidence.startsWith("Properties.UserData.Fn::Base64.Fn::Join[1][0]: Anthropic"), evidence);
        assertFalse(evidence.contains(SecretPatternsTest.anthropicKey()), evidence);
    }

    @Test
    void secretInTemplate_anyResourceType_isScanned() {
        LightsailResource other = TestResources.of("AWS::SSM::Parameter", "{'Value':'@AWS@'}".replace("@AWS@", "AKIA" + "Z7XQ4LM2PK9DR3TW"));
        assertEquals(Compliance.NON_COMPLIANT, new SecretInTemplateRule().check(other).compliance());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ref to a hashed logical id              | {'SecretId':{'Ref':'SecretsProviderKeyAnthropic50FD3195'}}
            GetAtt of a hashed logical id           | {'Arn':{'Fn::GetAtt':['SecretsProviderKeyAnthropic50FD3195','Arn']}}
            Sub with a hashed logical id            | {'Script':{'Fn::Sub':'aws secretsmanager get-secret-value --secret-id ${SecretsProviderKeyAnthropic50FD3195}'}}
            """)
    void secretInTemplate_referencesToLogicalIds_compliant(String name, String properties) {
        LightsailResource policy = TestResources.of("AWS::SecretsManager::ResourcePolicy", properties);
        assertEquals(Compliance.COMPLIANT, new SecretInTemplateRule().check(policy).compliance(), name);
    }

    @Test
    void secretInTemplate_cleanInstance_compliant() {
        LightsailResource instance = TestResources.instance(
                "{'UserData':'#!/bin/bash\\naws secretsmanager get-secret-value --secret-id bulwark/gateway'}");
        assertEquals(Compliance.COMPLIANT, new SecretInTemplateRule().check(instance).compliance());
    }
}
