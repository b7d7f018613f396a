package dev.bulwark.verify.waiver;

import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.blueprint.Suggestions;
import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.blueprint.YamlFileKind;
import dev.bulwark.verify.EngineRules;
import dev.bulwark.verify.YamlEntries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads a waivers file: a YAML list of {@code {ruleId, target, reason, expires}}, all four required, the rule id
 * one the run knows (a misspelt id would waive nothing, silently). Every problem is reported at once with
 * file:line; a file with any problem waives nothing.
 */
public final class WaiverFile {
    private static final Set<String> KEYS = Set.of("ruleId", "target", "reason", "expires");

    private WaiverFile() {
    }

    /** {@code knownRuleIds}: what a waiver may name, e.g. {@code RuleCatalog.waivableRuleIds()}. */
    public static Waivers load(Path file, Collection<String> knownRuleIds) throws SourceFileException {
        YamlEntries.Result read = YamlEntries.read(file, YamlFileKind.WAIVERS, KEYS);
        List<SourceProblem> problems = new ArrayList<>(read.problems());
        List<Waiver> waivers = new ArrayList<>();
        for (YamlEntries.Entry entry : read.entries()) {
            int before = problems.size();
            String ruleId = required(entry, "ruleId", problems);
            String target = required(entry, "target", problems);
            String reason = required(entry, "reason", problems);
            String expiresText = required(entry, "expires", problems);
            LocalDate expires = null;
            if (expiresText != null) {
                try {
                    expires = LocalDate.parse(expiresText);
                } catch (DateTimeParseException e) {
                    problems.add(SourceProblem.at(entry.values().get("expires").location(),
                            "expires '" + expiresText + "' is not an ISO date; write it as YYYY-MM-DD, e.g. 2026-12-31"));
                }
            }
            if (ruleId != null && EngineRules.NOT_CHECKED_RULES.contains(ruleId)) {
                problems.add(SourceProblem.at(entry.values().get("ruleId").location(), ruleId
                        + " cannot be waived: a target that could not be checked is never a pass; fix reachability "
                        + "or remove the target"));
            }
            if (ruleId != null && !EngineRules.NOT_CHECKED_RULES.contains(ruleId) && !knownRuleIds.contains(ruleId)) {
                String hint = Suggestions.closest(ruleId, knownRuleIds).map(c -> "did you mean " + c + "?")
                        .orElse("see docs/rules.md and docs/ssh-audit.md, or run `bulwark rules`");
                problems.add(SourceProblem.at(entry.values().get("ruleId").location(), "unknown rule id '"
                        + ruleId + "'; " + hint));
            }
            if (problems.size() == before) {
                waivers.add(new Waiver(ruleId, target, reason, expires, entry.location()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceFileException(file, problems);
        }
        return Waivers.of(waivers);
    }

    private static String required(YamlEntries.Entry entry, String key, List<SourceProblem> problems) {
        if (entry.missing(key)) {
            problems.add(SourceProblem.at(entry.location(), "waiver is missing '" + key + "'; every waiver needs "
                    + "ruleId, target, reason and expires"));
        }
        return entry.get(key).map(YamlEntries.Value::text).orElse(null);
    }
}
