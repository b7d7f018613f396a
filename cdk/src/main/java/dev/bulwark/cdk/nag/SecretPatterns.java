package dev.bulwark.cdk.nag;

import dev.bulwark.baseline.UserDataRenderer;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises credentials in text: provider key formats, PEM private keys, literal gateway tokens and random
 * looking tokens. It answers with the names of what it found, never the matched text, so a finding cannot leak
 * the secret it reports.
 */
public final class SecretPatterns {

    private record Named(String name, Pattern pattern) {
    }

    private static final List<Named> PATTERNS = List.of(
            new Named("Anthropic API key (sk-ant-...)", Pattern.compile("sk-ant-[A-Za-z0-9_-]{10,}")),
            // sk-ssh-ed25519@openssh.com and its -cert-v01 form are SSH security-key algorithm names.
            new Named("OpenAI-style API key (sk-...)",
                    Pattern.compile("(?<![A-Za-z0-9])sk-(?!ant-)(?!ssh-)[A-Za-z0-9_-]{20,}")),
            new Named("AWS access key id (AKIA/ASIA...)", Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])")),
            new Named("GitHub token (ghp_...)", Pattern.compile("gh[pousr]_[A-Za-z0-9]{30,}")),
            new Named("Slack token (xoxb-/xoxp-...)", Pattern.compile("xox[bp]-[A-Za-z0-9-]{10,}")),
            new Named("PEM private key", Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----")),
            new Named("literal OPENCLAW_GATEWAY_TOKEN", Pattern.compile(
                    "OPENCLAW_GATEWAY_TOKEN\\s*[=:]\\s*[\"']?(?![\"'$\\s])[^\\s\"'$]{8,}")),
            // A value starting with '/' is a file path (systemd's LoadCredential=gateway-token:/etc/...).
            new Named("literal token: value", Pattern.compile(
                    "(?i)(?<![A-Za-z0-9_])token\\s*:\\s*[\"']?(?![\"'$\\s{</])[A-Za-z0-9_.+/=-]{12,}")));

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/_-]{32,}={0,2}");
    private static final Pattern PUBLIC_PEM = Pattern.compile(
            "-----BEGIN (CERTIFICATE|PUBLIC KEY|[A-Z]+ PUBLIC KEY)-----.*?-----END [A-Z ]+-----", Pattern.DOTALL);
    /** {@code ${LogicalId.Attr}} in Fn::Sub and {@code ${VAR}} in shell: references, not values. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern BASE64_TEXT = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    /** Random base64 or alphanumerics of 32+ characters score about 4.5-5 bits per character; prose and paths far less. */
    static final double ENTROPY_THRESHOLD = 4.0;
    static final String HIGH_ENTROPY = "high-entropy token (32+ random-looking characters)";

    private SecretPatterns() {
    }

    /**
     * Names of every kind of secret found in {@code text}, in a stable order; empty when it looks clean. A bulwark
     * launch script is read as its decoded install script plus the line around it.
     */
    public static List<String> scan(String text) {
        Optional<String> installScript = UserDataRenderer.findInstallScript(text);
        if (installScript.isPresent()) {
            Set<String> found = new LinkedHashSet<>(scanText(UserDataRenderer.withoutPayload(text)));
            scanText(installScript.get()).forEach(kind -> found.add(kind + " in the embedded install script"));
            return List.copyOf(found);
        }
        return scanText(text);
    }

    private static List<String> scanText(String text) {
        Set<String> found = new LinkedHashSet<>();
        String decoded = decodeBase64Text(text);
        String subject = decoded == null ? text : decoded;
        for (Named named : PATTERNS) {
            if (named.pattern().matcher(subject).find()) {
                found.add(named.name());
            }
        }
        if (found.isEmpty() && hasHighEntropyToken(subject)) {
            found.add(HIGH_ENTROPY);
        }
        if (decoded != null) {
            return found.stream().map(name -> name + " in base64-decoded text").toList();
        }
        return List.copyOf(found);
    }

    static boolean hasHighEntropyToken(String text) {
        String withoutReferences = VARIABLE.matcher(PUBLIC_PEM.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher tokens = TOKEN.matcher(withoutReferences);
        while (tokens.find()) {
            String token = tokens.group();
            if (!token.startsWith("AAAA") && mixesLettersAndDigits(token) && entropy(token) >= ENTROPY_THRESHOLD) {
                return true; // AAAA... is the start of every OpenSSH public key blob, which is public by design
            }
        }
        return false;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        Map<Integer, Long> counts = s.chars().boxed()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        double bits = 0;
        for (long n : counts.values()) {
            double p = (double) n / s.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }

    private static boolean mixesLettersAndDigits(String token) {
        return token.chars().anyMatch(Character::isUpperCase) && token.chars().anyMatch(Character::isLowerCase)
                && token.chars().anyMatch(Character::isDigit);
    }

    /** The decoded text when {@code text} is entirely base64 of UTF-8 text (user data often is); null otherwise. */
    static String decodeBase64Text(String text) {
        String compact = text.strip();
        if (compact.length() % 4 != 0 || !BASE64_TEXT.matcher(compact).matches()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            long printable = decoded.chars().filter(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t').count();
            return printable == decoded.length() ? decoded : null;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null; // not base64 text: scan it as it stands
        }
    }
}
