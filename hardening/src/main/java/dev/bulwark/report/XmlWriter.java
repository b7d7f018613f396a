package dev.bulwark.report;

import java.io.PrintWriter;

/** Just enough XML writing for JUnit reports: indentation, and escaping that never yields an invalid document. */
final class XmlWriter {
    private final PrintWriter out;
    private int depth;

    XmlWriter(PrintWriter out) {
        this.out = out;
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Opens {@code name} with attributes given as name/value pairs. */
    XmlWriter open(String name, String... attributes) {
        out.println(indent() + "<" + name + attributes(attributes) + ">");
        depth++;
        return this;
    }

    XmlWriter empty(String name, String... attributes) {
        out.println(indent() + "<" + name + attributes(attributes) + "/>");
        return this;
    }

    XmlWriter element(String name, String text, String... attributes) {
        out.println(indent() + "<" + name + attributes(attributes) + ">" + escape(text, false) + "</" + name + ">");
        return this;
    }

    XmlWriter close(String name) {
        depth--;
        out.println(indent() + "</" + name + ">");
        return this;
    }

    private String indent() {
        return "  ".repeat(depth);
    }

    private static String attributes(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            sb.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1], true)).append('"');
        }
        return sb.toString();
    }

    /**
     * Escapes markup and replaces characters XML 1.0 forbids (most control characters) with U+FFFD; in attributes
     * line breaks and tabs become character references so parsers keep them.
     */
    static String escape(String text, boolean attribute) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> sb.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        });
        return sb.toString();
    }

    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
