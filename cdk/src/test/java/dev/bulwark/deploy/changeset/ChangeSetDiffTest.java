package dev.bulwark.deploy.changeset;

import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.cloudformation.model.ChangeAction;
import software.amazon.awssdk.services.cloudformation.model.Replacement;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeSetDiffTest {

    @ParameterizedTest(name = "{0} {1} replacement={3}")
    @CsvSource(delimiter = '|', value = {
        "Add    | HostInstance | AWS::Lightsail::Instance     |             | + Add HostInstance (AWS::Lightsail::Instance)",
        "Remove | OldIp        | AWS::Lightsail::StaticIp     |             | - Remove OldIp (AWS::Lightsail::StaticIp)",
        "Modify | Edge         | AWS::Lightsail::LoadBalancer | False       | ~ Modify Edge (AWS::Lightsail::LoadBalancer)",
        "Modify | Edge         | AWS::Lightsail::LoadBalancer | Conditional | ~ Modify Edge (AWS::Lightsail::LoadBalancer)  Replacement: Conditional",
        "Modify | HostInstance | AWS::Lightsail::Instance     | True        | ~ Modify HostInstance (AWS::Lightsail::Instance)  Replacement: True! the resource is deleted and created anew",
    })
    void render_eachAction_oneReadableLine(String action, String logicalId, String type, String replacement,
                                            String expected) {
        assertEquals(expected, new StackChange(ChangeAction.fromValue(action), logicalId, type,
                replacement == null ? null : Replacement.fromValue(replacement)).render());
    }

    @Test
    void render_mixedChanges_removalsAndReplacementsFirstThenCounts() {
        ChangeSetDiff diff = new ChangeSetDiff(List.of(
                new StackChange(ChangeAction.ADD, "Secret", "AWS::SecretsManager::Secret", null),
                new StackChange(ChangeAction.MODIFY, "Host", "AWS::Lightsail::Instance", Replacement.TRUE),
                new StackChange(ChangeAction.REMOVE, "Old", "AWS::Lightsail::StaticIp", null)));

        assertEquals(List.of(
                "  - Remove Old (AWS::Lightsail::StaticIp)",
                "  ~ Modify Host (AWS::Lightsail::Instance)  Replacement: True! the resource is deleted and created anew",
                "  + Add Secret (AWS::SecretsManager::Secret)",
                "1 to add, 1 to modify, 1 to remove"), diff.render());
        assertTrue(diff.replacesAnything());
    }

    @Test
    void render_noChanges_saysUpToDate() {
        ChangeSetDiff diff = new ChangeSetDiff(List.of());

        assertTrue(diff.empty());
        assertEquals(List.of("No changes: the stack is up to date."), diff.render());
    }
}
