package dev.bulwark.deploy;

import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.deploy.secrets.SecretSource;
import dev.bulwark.findings.Severity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One deploy's choices, parsed from the command line.
 *
 * @param outDir          where the templates are synthesized
 * @param stateRoot       under which {@code .bulwark/<name>/deploy-state.json} lives
 * @param autoApprove     execute change sets without asking ({@code --yes})
 * @param secrets         where provider keys come from, if given
 * @param certificateWait how long to wait for DNS validation before stopping resumably
 * @param stackTimeout    how long to follow one stack operation
 * @param verify          run verify at the end
 * @param failOn          synthesis findings at or above this block the deploy
 * @param sshFrom         the deployer's own address as a /32: SSH opens to it alone to deliver the credentials;
 *                        empty leaves delivery for a later run, unless {@code sshFromLookup} finds the address
 * @param sshFromLookup   how to find the deployer's address when {@code sshFrom} is empty
 * @param rotateReaderKey container mode: raise the reader access key's serial, so the stack replaces the key
 * @param replaceInstance instance mode: replace the instance when its host baseline changed, without asking
 */
public record DeployConfig(Path outDir, Path stateRoot, boolean autoApprove, Optional<SecretSource> secrets,
                           Duration certificateWait, Duration stackTimeout, boolean verify, Severity failOn,
                           Optional<String> sshFrom, Optional<PublicAddressLookup> sshFromLookup,
                           boolean rotateReaderKey, boolean replaceInstance) {

    public DeployConfig(Path outDir, Path stateRoot, boolean autoApprove, Optional<SecretSource> secrets,
                        Duration certificateWait, Duration stackTimeout, boolean verify, Severity failOn,
                        Optional<String> sshFrom, Optional<PublicAddressLookup> sshFromLookup,
                        boolean rotateReaderKey) {
        this(outDir, stateRoot, autoApprove, secrets, certificateWait, stackTimeout, verify, failOn, sshFrom,
                sshFromLookup, rotateReaderKey, false);
    }

    public DeployConfig(Path outDir, Path stateRoot, boolean autoApprove, Optional<SecretSource> secrets,
                        Duration certificateWait, Duration stackTimeout, boolean verify, Severity failOn,
                        Optional<String> sshFrom, Optional<PublicAddressLookup> sshFromLookup) {
        this(outDir, stateRoot, autoApprove, secrets, certificateWait, stackTimeout, verify, failOn, sshFrom,
                sshFromLookup, false);
    }

    /** A deploy that never looks its address up: without {@code sshFrom}, delivery is left for a later run. */
    public DeployConfig(Path outDir, Path stateRoot, boolean autoApprove, Optional<SecretSource> secrets,
                        Duration certificateWait, Duration stackTimeout, boolean verify, Severity failOn,
                        Optional<String> sshFrom) {
        this(outDir, stateRoot, autoApprove, secrets, certificateWait, stackTimeout, verify, failOn, sshFrom,
                Optional.empty());
    }
}
