package dev.bulwark.baseline;

import dev.bulwark.blueprint.Blueprint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Renders the instance's launch script: one line of POSIX shell that unpacks the host baseline's install script
 * (gzip, base64) and runs it. See docs/decisions/user-data.md for why it is not {@code #cloud-config}.
 *
 * <p>Lightsail appends user data to its own {@code /bin/sh} launch script, and Terraform's provider documents
 * it as "a single lined string": one line of shell reads the same whether Lightsail keeps or joins line breaks,
 * and the compressed payload keeps the whole baseline well inside the user-data size limit.
 *
 * <p>User data is stored in the CloudFormation template and readable on the host through the instance metadata
 * service, so it never carries a secret: nothing here takes a {@code Secret}.
 */
public final class UserDataRenderer {
    /**
     * EC2's documented user-data limit (16 KB before base64). Lightsail documents none for its launch script;
     * its user data becomes EC2 user data behind Lightsail's own script, so this is the ceiling we hold to.
     */
    public static final int MAX_BYTES = 16 * 1024;
    /** Where the launch script leaves the install script (root-only), for inspection after boot. */
    public static final String SCRIPT_DIR = "/var/lib/bulwark";
    public static final String SCRIPT_PATH = SCRIPT_DIR + "/install-baseline.sh";

    private static final Pattern PAYLOAD = Pattern.compile("printf '%s' '([A-Za-z0-9+/=]+)' \\| base64 -d");

    private final HostBaseline baseline;

    public UserDataRenderer(HostBaseline baseline) {
        this.baseline = baseline;
    }

    public UserDataRenderer() {
        this(HostBaseline.withDefaultPolicy());
    }

    /**
     * @throws IllegalStateException    if the result would exceed {@link #MAX_BYTES}
     * @throws IllegalArgumentException if a blueprint value cannot be written into the baseline safely
     */
    public String render(Blueprint blueprint) {
        return withinLimit(wrap(baseline.installScript(blueprint)));
    }

    static String withinLimit(String userData) {
        int size = userData.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_BYTES) {
            throw new IllegalStateException("the launch script is " + size + " bytes, over the " + MAX_BYTES
                    + "-byte user-data limit; fewer alternative names, provider keys or skills make it smaller");
        }
        return userData;
    }

    /** The one-line launch script that unpacks and runs {@code script}. */
    static String wrap(String script) {
        return "umask 077 && mkdir -p " + SCRIPT_DIR
                + " && printf '%s' '" + compress(script) + "' | base64 -d | gzip -dc > " + SCRIPT_PATH
                + " && sh " + SCRIPT_PATH
                + " # bulwark host baseline (gzip+base64 install script); no secrets\n";
    }

    /** The install script inside a launch script made by {@link #render}; for tests, audits and {@code plan}. */
    public static String installScriptOf(String userData) {
        return findInstallScript(userData).orElseThrow(() -> new IllegalArgumentException(
                "not a bulwark launch script: no embedded install script found"));
    }

    /**
     * The install script embedded in {@code text}, if it carries one that decodes; secret scanners read this
     * instead of the compressed payload, which would otherwise hide its content (or look like one long token).
     */
    public static Optional<String> findInstallScript(String text) {
        Matcher m = PAYLOAD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))))) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code text} with the embedded payload cut out, so what surrounds it can be read on its own. */
    public static String withoutPayload(String text) {
        return PAYLOAD.matcher(text).replaceAll("printf '%s' '' | base64 -d");
    }

    private static String compress(String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // GZIPOutputStream writes a fixed header (no timestamp or name): same blueprint, same bytes, no replacement.
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
