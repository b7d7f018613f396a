package dev.bulwark.cdk.nag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each non-compliant rule saw on each construct during one validation. The validation report only carries
 * a rule's fixed description; this keeps the per-resource detail (port, CIDR, pattern) for findings.
 */
public final class EvidenceLog {

    private final Map<String, List<String>> entries = new LinkedHashMap<>();

    synchronized void record(String ruleId, String constructPath, List<String> evidence) {
        entries.computeIfAbsent(key(ruleId, constructPath), k -> new ArrayList<>()).addAll(evidence);
    }

    /** The evidence recorded for {@code ruleId} on {@code constructPath}; empty when there is none. */
    public synchronized List<String> evidence(String ruleId, String constructPath) {
        return List.copyOf(entries.getOrDefault(key(ruleId, constructPath), List.of()));
    }

    private static String key(String ruleId, String constructPath) {
        return ruleId + "\u0000" + constructPath;
    }
}
