package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Resources for pure rule tests, written as single-quoted JSON so the tables stay readable. */
final class TestResources {

    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true);

    private TestResources() {
    }

    static LightsailResource of(String type, String properties) {
        try {
            return new LightsailResource(type, "Subject", JSON.readTree(properties));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + properties, e);
        }
    }

    static LightsailResource instance(String properties) {
        return of(LightsailTypes.INSTANCE, properties);
    }

    /** An instance whose firewall is exactly {@code ports} (a JSON array). */
    static LightsailResource instanceWithPorts(String ports) {
        return instance("{'KeyPairName':'admin','Networking':{'Ports':" + ports + "}}");
    }
}
