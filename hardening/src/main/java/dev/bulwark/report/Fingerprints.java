package dev.bulwark.report;

import dev.bulwark.findings.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable identities for findings, so GitHub code scanning tracks one alert across runs instead of opening a new one
 * each time. The key is rule id + target + the evidence with its volatile parts (dates, times, counts of days or
 * milliseconds) blanked, so "expires in 12 days" and "expires in 11 days" are the same alert while
 * "port 22 open" and "port 3306 open" stay two.
 */
public final class Fingerprints {
    /** The {@code partialFingerprints} key; bump the version if the key ever changes meaning. */
    public static final String KEY = "bulwarkFinding/v1";

    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern AMOUNT_OF_TIME = Pattern.compile(
            "\\d+(\\.\\d+)?\\s*(ms|milliseconds?|s|seconds?|min|minutes?|h|hours?|days?)\\b");

    private Fingerprints() {
    }

    public static String evidenceKey(String evidence) {
        String key = TIMESTAMP.matcher(evidence).replaceAll("<date>");
        return AMOUNT_OF_TIME.matcher(key).replaceAll("<time>").strip();
    }

    public static String of(Finding finding) {
        String key = finding.ruleId() + '\u0000' + finding.target() + '\u0000' + evidenceKey(finding.evidence());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
