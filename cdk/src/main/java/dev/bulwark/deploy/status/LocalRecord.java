package dev.bulwark.deploy.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.deploy.state.DeployState;

import java.util.List;
import java.util.Optional;

/**
 * What the deploy state file on this machine says about a deployment, the same in both modes' status reports.
 *
 * @param lastDeployPhase the state file's phase and when it was reached, if there is a state file
 * @param lastVerifyExit  the last verify exit code recorded by deploy, if any
 */
public record LocalRecord(Optional<String> lastDeployPhase, Optional<Integer> lastVerifyExit) {

    public static LocalRecord of(Optional<DeployState> state) {
        return new LocalRecord(state.map(s -> s.phase().label() + " at " + s.updated()),
                state.flatMap(DeployState::lastVerifyExit));
    }

    /** The two closing lines of a status report. */
    public List<String> lines() {
        return List.of("Last deploy: " + lastDeployPhase.orElse("no local state (deployed from another machine?)"),
                "Last verify: " + lastVerifyExit.map(code -> "exit " + code + (code == 0 ? " (passed)"
                        : code == 1 ? " (findings)" : " (could not check)")).orElse("never run from here"));
    }

    /** The same facts as JSON fields, present only when known. */
    public void addTo(ObjectNode root) {
        lastDeployPhase.ifPresent(p -> root.put("lastDeploy", p));
        lastVerifyExit.ifPresent(v -> root.put("lastVerifyExit", v));
    }
}
