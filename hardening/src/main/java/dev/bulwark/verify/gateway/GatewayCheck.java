package dev.bulwark.verify.gateway;

import dev.bulwark.verify.Check;

/** One rule about the gateway as seen from outside: a pure judgement of a {@link GatewayObservation}. */
public interface GatewayCheck extends Check<GatewayObservation> {
}
