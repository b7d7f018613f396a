package dev.bulwark.verify.ssh;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which user-authentication methods an SSH server offers to a stranger, learned by asking for method
 * {@code none} (RFC 4252 §5.2) and reading the "methods that can continue".
 *
 * @param offered      e.g. {@code [publickey, password]}, lower case, in the server's order
 * @param noneAccepted the server let an unauthenticated stranger in
 * @param rsaHostKeyBits the size of the server's RSA host key, when it has one (the session prefers RSA to see it)
 */
public record AuthMethods(List<String> offered, boolean noneAccepted, OptionalInt rsaHostKeyBits) {
    public static final String PASSWORD = "password";
    public static final String KEYBOARD_INTERACTIVE = "keyboard-interactive";

    public AuthMethods {
        offered = List.copyOf(offered);
    }

    /** Methods that let a person type a secret that can be guessed: password and keyboard-interactive. */
    public List<String> guessable() {
        return offered.stream().filter(m -> m.equals(PASSWORD) || m.equals(KEYBOARD_INTERACTIVE)).toList();
    }
}
