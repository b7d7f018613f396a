package dev.bulwark.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Parses the public endpoint a user names, with a message that says how to write it when it is wrong. */
public final class TargetUrl {
    private TargetUrl() {
    }

    /** An absolute {@code https://} (or, discouraged, {@code http://}) URL with a host. */
    public static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL (" + e.getReason()
                    + "); write it like https://agent.example.com");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("'" + text + "' must start with https:// (the deployment's public "
                    + "endpoint), e.g. https://agent.example.com");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no host name; write it like https://agent.example.com");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new IllegalArgumentException("'" + text + "' has port " + uri.getPort() + ", which does not exist "
                    + "(ports are 1 to 65535); write it like https://agent.example.com:8443");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + text + "' contains user info (user:password@); remove it, "
                    + "credentials never go into a URL argument");
        }
        return uri;
    }

    public static boolean isPlainHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme());
    }
}
