package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.blueprint.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constructs' own validations, checked through {@code Node.validate()} so no synth is needed per case. */
class InstanceStackValidationTest {

    static Stream<Arguments> invalidBlueprints() {
        Blueprint base = TestBlueprints.closed();
        List<String> tenNames = IntStream.range(0, 10).mapToObj(i -> "a" + i + ".example.com").toList();
        return Stream.of(
                Arguments.of("name ending in dash", TestBlueprints.withName(base, "agent-"), "blueprint name"),
                Arguments.of("gateway on proxy port", TestBlueprints.withAgentPort(base, 80), "agent.port 80"),
                Arguments.of("gateway on ssh port", TestBlueprints.withAgentPort(base, 22), "agent.port 22"),
                Arguments.of("gateway port out of range", TestBlueprints.withAgentPort(base, 70000), "agent.port"),
                Arguments.of("snapshot hour 24", TestBlueprints.withSnapshotHour(base, 24), "autoSnapshotHour"),
                Arguments.of("ten alternative names",
                        TestBlueprints.withDomain(base, new Domain("x.example.com", tenNames)), "at most 9"),
                Arguments.of("wildcard alternative name", TestBlueprints.withDomain(base,
                        new Domain("x.example.com", List.of("*.example.com"))), "no wildcards"),
                Arguments.of("empty TLS policy", TestBlueprints.withTls(base, new Tls(" ", true)), "tls.policy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBlueprints")
    void validate_invalidBlueprint_reportsFieldAndFix(String label, Blueprint blueprint, String expected) {
        List<String> errors = errorsOf(InstanceStack.forBlueprint(new App(), blueprint));

        assertEquals(1, errors.size(), label + ": " + errors);
        assertTrue(errors.get(0).contains(expected), label + ": " + errors);
    }

    @Test
    void forBlueprint_nameNotUsableInStackName_isRefusedWithExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InstanceStack.forBlueprint(new App(), TestBlueprints.withName(TestBlueprints.closed(), "a.b")));
        assertTrue(e.getMessage().contains("'a.b'") && e.getMessage().contains("e.g."), e.getMessage());
    }

    @Test
    void validate_fixtureBlueprints_reportNothing() {
        App app = new App();
        assertEquals(List.of(), errorsOf(InstanceStack.forBlueprint(app, TestBlueprints.closed())));
        assertEquals(List.of(), errorsOf(InstanceStack.forBlueprint(app, TestBlueprints.open())));
    }

    @Test
    void synth_invalidBlueprint_failsWithTheValidationMessage() {
        InstanceStack stack = InstanceStack.forBlueprint(new App(),
                TestBlueprints.withAgentPort(TestBlueprints.closed(), 80));

        RuntimeException e = assertThrows(RuntimeException.class, () -> Template.fromStack(stack));
        assertTrue(e.getMessage().contains("agent.port 80"), e.getMessage());
    }

    private static List<String> errorsOf(InstanceStack stack) {
        List<String> errors = new ArrayList<>();
        errors.addAll(stack.host().getNode().validate());
        stack.edge().ifPresent(edge -> errors.addAll(edge.getNode().validate()));
        return errors;
    }
}
