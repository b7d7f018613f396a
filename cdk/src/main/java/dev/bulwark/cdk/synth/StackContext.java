package dev.bulwark.cdk.synth;

import dev.bulwark.cdk.container.ContainerStackOutputs;
import dev.bulwark.cdk.container.ReaderKeySerial;
import dev.bulwark.cdk.container.RegistryAccess;
import dev.bulwark.cdk.instance.CertificatePhase;
import dev.bulwark.cdk.instance.InstanceGeneration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CDK context one synthesis of a blueprint's stack runs with: the certificate phase (both modes) and, in
 * container mode, the reader key serial. Plan synthesizes {@link #FIRST_DEPLOY}, which is what a first deploy
 * sends to CloudFormation.
 *
 * @param certificateAttached the certificate is validated and attached (phase 2)
 * @param readerKeySerial     container mode: the serial of the gateway's reader access key
 * @param holdBackend         instance mode: certificate attached, instance not yet behind the load balancer
 * @param retiringReaderKey   container mode: the previous reader key's serial, kept until the service runs with
 *                            the current one
 * @param instanceGeneration  instance mode: which build of the host ({@link InstanceGeneration}); raised to replace
 *                            the instance with one built from a changed baseline
 * @param registryAccessGranted container mode with a private Amazon ECR image: the service's image puller role is
 *                            active and the repository policy grants it pull, so the container deployment may be
 *                            in the template ({@link RegistryAccess}); without it the deployment is withheld
 */
public record StackContext(boolean certificateAttached, int readerKeySerial, boolean holdBackend,
                           Optional<Integer> retiringReaderKey, int instanceGeneration,
                           boolean registryAccessGranted) {
    public static final StackContext FIRST_DEPLOY = new StackContext(false, ReaderKeySerial.DEFAULT, false,
            Optional.empty(), InstanceGeneration.FIRST, false);

    public StackContext(boolean certificateAttached, int readerKeySerial, boolean holdBackend,
                        Optional<Integer> retiringReaderKey, int instanceGeneration) {
        this(certificateAttached, readerKeySerial, holdBackend, retiringReaderKey, instanceGeneration, false);
    }

    public StackContext(boolean certificateAttached, int readerKeySerial, boolean holdBackend,
                        Optional<Integer> retiringReaderKey) {
        this(certificateAttached, readerKeySerial, holdBackend, retiringReaderKey, InstanceGeneration.FIRST);
    }

    public StackContext(boolean certificateAttached, int readerKeySerial) {
        this(certificateAttached, readerKeySerial, false, Optional.empty());
    }

    public StackContext {
        retiringReaderKey = retiringReaderKey == null ? Optional.empty() : retiringReaderKey;
        if (readerKeySerial < ReaderKeySerial.DEFAULT) {
            throw new IllegalArgumentException("reader key serial must be 1 or more, not " + readerKeySerial);
        }
        if (instanceGeneration < InstanceGeneration.FIRST) {
            throw new IllegalArgumentException("instance generation must be 1 or more, not " + instanceGeneration);
        }
    }

    public StackContext attached() {
        return new StackContext(true, readerKeySerial, false, retiringReaderKey, instanceGeneration,
                registryAccessGranted);
    }

    /** The certificate and HTTPS redirect attached, the instance still off the load balancer. */
    public StackContext httpsBeforeBackend() {
        return new StackContext(true, readerKeySerial, true, retiringReaderKey, instanceGeneration,
                registryAccessGranted);
    }

    /** A new reader key, the current one kept as retiring (unless one is retiring already: it stays first). */
    public StackContext rotatedTo(int serial) {
        return new StackContext(certificateAttached, serial, holdBackend,
                retiringReaderKey.or(() -> Optional.of(readerKeySerial)), instanceGeneration, registryAccessGranted);
    }

    public StackContext withRetiringReaderKey(Optional<Integer> retiring) {
        return new StackContext(certificateAttached, readerKeySerial, holdBackend, retiring, instanceGeneration,
                registryAccessGranted);
    }

    /** The same context for another build of the host. */
    public StackContext withInstanceGeneration(int generation) {
        return new StackContext(certificateAttached, readerKeySerial, holdBackend, retiringReaderKey, generation,
                registryAccessGranted);
    }

    /** The same context with the container deployment allowed (private ECR: pull access granted) or withheld. */
    public StackContext withRegistryAccessGranted(boolean granted) {
        return new StackContext(certificateAttached, readerKeySerial, holdBackend, retiringReaderKey,
                instanceGeneration, granted);
    }

    /** As the CDK app reads it ({@code tryGetContext}), as strings; backend hold and registry access only when set. */
    public Map<String, String> asCdkContext() {
        Map<String, String> context = new LinkedHashMap<>(Map.of(
                ContainerStackOutputs.CERTIFICATE_VALIDATED_CONTEXT, String.valueOf(certificateAttached),
                ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, String.valueOf(readerKeySerial)));
        if (holdBackend) {
            context.put(CertificatePhase.HOLD_BACKEND_CONTEXT, "true");
        }
        if (instanceGeneration > InstanceGeneration.FIRST) {
            context.put(InstanceGeneration.CONTEXT_KEY, String.valueOf(instanceGeneration));
        }
        if (registryAccessGranted) {
            context.put(RegistryAccess.CONTEXT_KEY, "true");
        }
        retiringReaderKey.ifPresent(serial -> context.put(ContainerStackOutputs.RETIRING_READER_KEY_CONTEXT,
                String.valueOf(serial)));
        return Map.copyOf(context);
    }
}
