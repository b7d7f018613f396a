package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cdk.nag.RuleVerdict.Compliance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicGatewayOpenToAllRuleTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "AWS::Lightsail::LoadBalancer, '[{\"Key\":\"bulwark:access\",\"Value\":\"open\"}]', NON_COMPLIANT",
        "AWS::Lightsail::Container, '[{\"Key\":\"bulwark:access\",\"Value\":\"open\"}]', NON_COMPLIANT",
        "AWS::Lightsail::LoadBalancer, '[{\"Key\":\"bulwark:access\",\"Value\":\"allowlist\"}]', COMPLIANT",
        "AWS::Lightsail::LoadBalancer, '[{\"Key\":\"owner\",\"Value\":\"x\"},{\"Key\":\"bulwark:access\",\"Value\":\"sso\"}]', COMPLIANT",
        "AWS::Lightsail::LoadBalancer, '[]', NOT_APPLICABLE",
        "AWS::Lightsail::Instance, '[{\"Key\":\"bulwark:access\",\"Value\":\"open\"}]', NOT_APPLICABLE",
    })
    void check_accessTag_judgedByItsValue(String type, String tags, Compliance expected) throws Exception {
        LightsailResource resource = new LightsailResource(type, "Edge",
                new ObjectMapper().readTree("{\"Tags\":" + tags + "}"));

        assertEquals(expected, new PublicGatewayOpenToAllRule().check(resource).compliance());
    }
}
