package dev.bulwark.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads data bulwark ships in its jar (policies, price tables) into records, strictly: an unknown key or a missing
 * number is a packaging bug, reported as such rather than read as a default.
 */
public final class ShippedYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ShippedYaml() {
    }

    /** {@code name} beside {@code owner} on the classpath, read as a {@code type}. */
    public static <T> T read(Class<?> owner, String name, Class<T> type) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar beside " + owner.getName()
                        + "; the build did not package its resources");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " in the jar beside " + owner.getName() + " is unreadable", e);
        }
    }

    /** {@code yaml} read as a {@code type}, as strictly; {@code what} names it in the error. */
    public static <T> T read(InputStream yaml, String what, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " is unreadable: " + e.getMessage(), e);
        }
    }
}
