package dev.bulwark.verify.tls;

import dev.bulwark.verify.Check;

/** One TLS rule: a pure judgement of a {@link TlsObservation}. */
public interface TlsCheck extends Check<TlsObservation> {
}
