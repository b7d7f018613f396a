package dev.bulwark.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementTest {
    @ParameterizedTest(name = "{0} with REQUIRE={1} WITHOUT={2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "SSHD        | 1    | null            | true",
            "DOCKER      | 1    | null            | true",
            "DOCKER      | 1    | docker          | false",
            "DOCKER      | 1    | ' nginx, Docker' | false",
            "NGINX       | 1    | docker          | true",
            "CFN_SCHEMAS | 1    | docker,gateway  | true",
            "GATEWAY     | 1    | docker,gateway  | false",
            "OPENSSL     | null | null            | false",
            "OPENSSL     | 0    | null            | false",
            "OPENSSL     | true | null            | false"})
    void required_variables_decideFailOrSkip(Requirement.Component component, String require, String without,
                                             boolean expected) {
        assertEquals(expected, Requirement.required(component, require, without));
    }
}
