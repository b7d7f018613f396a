package dev.bulwark.deploy;

import dev.bulwark.deploy.state.DeployPhase;

import java.util.Optional;

/**
 * How a deploy ended.
 *
 * @param phase      the last phase reached ({@code certificate-pending} means: run deploy again later)
 * @param endpoint   the HTTPS endpoint
 * @param verifyExit verify's exit code, when verify ran
 * @param declined   the user answered no to a change set; nothing was changed
 */
public record DeployResult(DeployPhase phase, String endpoint, Optional<Integer> verifyExit, boolean declined) {
    public boolean pending() {
        return phase == DeployPhase.CERTIFICATE_PENDING;
    }
}
