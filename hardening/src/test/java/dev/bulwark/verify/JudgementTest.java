package dev.bulwark.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgementTest {
    private static final VerifyTarget TARGET = new VerifyTarget(URI.create("https://agent.example.com/"),
            Optional.empty(), Expectations.defaults());

    private static Check<String> check(String id, Severity severity, boolean canEvaluate, boolean finds,
                                       boolean throwsInstead) {
        RuleInfo rule = new RuleInfo(id, severity, id + " title", null, null, List.of());
        return new Check<>() {
            @Override
            public RuleInfo rule() {
                return rule;
            }

            @Override
            public boolean canEvaluate(String observation) {
                return canEvaluate;
            }

            @Override
            public List<Finding> evaluate(String observation, VerifyTarget target) {
                if (throwsInstead) {
                    throw new IllegalStateException("boom on " + observation);
                }
                return finds ? List.of(Finding.of(rule, target.name(), observation)) : List.of();
            }
        };
    }

    @Test
    void of_mixedChecks_separatesCheckedNotJudgedAndFindingsMostSevereFirst() {
        Judgement judgement = Judgement.of(List.of(
                check("A_PASSES", Severity.HIGH, true, false, false),
                check("B_LOW", Severity.LOW, true, true, false),
                check("C_NO_INPUT", Severity.HIGH, false, true, false),
                check("D_CRITICAL", Severity.CRITICAL, true, true, false)), "seen", TARGET, "failure-target");

        assertEquals(List.of("A_PASSES", "B_LOW", "D_CRITICAL"), judgement.rulesChecked());
        assertEquals(List.of("C_NO_INPUT"), judgement.notJudged());
        assertEquals(List.of("D_CRITICAL", "B_LOW"), judgement.findings().stream().map(Finding::ruleId).toList());
        assertEquals(judgement.rulesChecked(), judgement.outcome().rulesChecked());
    }

    @Test
    void of_checkThatThrows_isAFindingOfItsOwnRuleNotACrash() {
        Judgement judgement = Judgement.of(List.of(check("E_THROWS", Severity.MEDIUM, true, false, true)),
                "seen", TARGET, "failure-target");

        Finding only = judgement.findings().get(0);
        assertEquals("E_THROWS", only.ruleId());
        assertEquals("failure-target", only.target());
        assertTrue(only.evidence().contains("boom on seen"), only.evidence());
        assertEquals(List.of("E_THROWS"), judgement.rulesChecked());
    }
}
