package dev.bulwark.verify.token;

import java.util.Optional;

/** The answers to the (at most two) authenticated requests of one run. */
public record TokenObservation(Optional<TokenAnswer> current, Optional<TokenAnswer> stale) {
}
