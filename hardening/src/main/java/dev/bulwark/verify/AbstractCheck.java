package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import java.util.Objects;

/**
 * A {@link Check} with one fixed rule: the check's file declares its {@code RULE} beside the judgement and hands it
 * up in its constructor, so every check answers {@link #rule()} the same way.
 *
 * @param <O> the probe's observation record
 */
public abstract class AbstractCheck<O> implements Check<O> {
    private final RuleInfo rule;

    protected AbstractCheck(RuleInfo rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public final RuleInfo rule() {
        return rule;
    }
}
