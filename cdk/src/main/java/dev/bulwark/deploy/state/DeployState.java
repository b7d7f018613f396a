package dev.bulwark.deploy.state;

import java.time.Instant;
import java.util.Optional;

/**
 * What the local state file remembers about one deployment: the phase reached, when, and the last verify exit
 * code. Never a secret: only names, phases, numbers and times.
 *
 * @param stackName       the CloudFormation stack
 * @param phase           the last phase finished
 * @param updated         when it was reached
 * @param lastVerifyExit  the last verify run's exit code, if any
 * @param delivered       whether the credentials reached the host (phases after it may run without it)
 * @param readerKeySerial container mode: the serial of the gateway's reader access key (1 until rotated)
 * @param serviceUrl      container mode: the service's own HTTPS endpoint, once known (verify reads it offline)
 */
public record DeployState(String stackName, DeployPhase phase, Instant updated, Optional<Integer> lastVerifyExit,
                          boolean delivered, int readerKeySerial, Optional<String> serviceUrl) {
    public static final int FIRST_READER_KEY_SERIAL = 1;

    public DeployState {
        lastVerifyExit = lastVerifyExit == null ? Optional.empty() : lastVerifyExit;
        serviceUrl = serviceUrl == null ? Optional.empty() : serviceUrl;
        if (readerKeySerial < FIRST_READER_KEY_SERIAL) {
            throw new IllegalArgumentException("reader key serial must be 1 or more, not " + readerKeySerial);
        }
    }

    public DeployState(String stackName, DeployPhase phase, Instant updated, Optional<Integer> lastVerifyExit,
                       boolean delivered) {
        this(stackName, phase, updated, lastVerifyExit, delivered, FIRST_READER_KEY_SERIAL, Optional.empty());
    }

    public DeployState(String stackName, DeployPhase phase, Instant updated, Optional<Integer> lastVerifyExit) {
        this(stackName, phase, updated, lastVerifyExit, false);
    }

    public DeployState at(DeployPhase next, Instant when) {
        return new DeployState(stackName, next, when, lastVerifyExit, delivered || next == DeployPhase.SECRETS_DELIVERED,
                readerKeySerial, serviceUrl);
    }

    public DeployState verified(int exitCode, Instant when) {
        return new DeployState(stackName, DeployPhase.VERIFIED, when, Optional.of(exitCode), delivered,
                readerKeySerial, serviceUrl);
    }

    public DeployState withReaderKeySerial(int serial) {
        return new DeployState(stackName, phase, updated, lastVerifyExit, delivered, serial, serviceUrl);
    }

    public DeployState withServiceUrl(String url) {
        return new DeployState(stackName, phase, updated, lastVerifyExit, delivered, readerKeySerial,
                Optional.of(url));
    }
}
