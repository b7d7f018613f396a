package dev.bulwark.cdk.instance;

/** Turns blueprint names into the alphanumeric pieces CloudFormation allows in logical ids and output names. */
final class LogicalNames {
    private LogicalNames() {
    }

    /** {@code open-ai_v2} becomes {@code OpenAiV2}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }
}
