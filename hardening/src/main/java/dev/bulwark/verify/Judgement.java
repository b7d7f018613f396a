package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check of a probe run over one observation: which rules were judged, which could not be (their input never
 * arrived), and the findings. A check that throws becomes a finding of its own rule: not passed, never a crash.
 */
public record Judgement(List<String> rulesChecked, List<String> notJudged, List<Finding> findings) {
    public Judgement {
        rulesChecked = List.copyOf(rulesChecked);
        notJudged = List.copyOf(notJudged);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
    }

    /**
     * @param failureTarget the target named by the finding that stands in for a check that threw
     */
    public static <O> Judgement of(List<? extends Check<O>> checks, O observation, VerifyTarget target,
                                   String failureTarget) {
        List<String> checked = new ArrayList<>();
        List<String> notJudged = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Check<O> check : checks) {
            if (!check.canEvaluate(observation)) {
                notJudged.add(check.rule().id());
                continue;
            }
            checked.add(check.rule().id());
            try {
                findings.addAll(check.evaluate(observation, target));
            } catch (RuntimeException e) {
                findings.add(Finding.of(check.rule(), failureTarget, "The check itself failed (" + e
                        + "); treat the rule as not passed and report this as a bulwark bug."));
            }
        }
        return new Judgement(checked, notJudged, findings);
    }

    public ProbeOutcome.Checked outcome() {
        return new ProbeOutcome.Checked(rulesChecked, findings);
    }
}
