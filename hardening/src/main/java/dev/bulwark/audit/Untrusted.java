package dev.bulwark.audit;

/** Text from the host on its way into a report: printable ASCII only, and short. */
final class Untrusted {
    private Untrusted() {
    }

    static String text(String value, int max) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), max + 1));
        for (int i = 0; i < value.length() && b.length() < max; i++) {
            char c = value.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return value.length() > max ? b + "..." : b.toString();
    }
}
