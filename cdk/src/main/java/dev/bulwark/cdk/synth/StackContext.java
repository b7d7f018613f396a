package dev.bulwark.cdk.synth;

import dev.bulwark.cdk.container.ContainerStackOutputs;
import dev.bulwark.cdk.container.ReaderKeySerial;

import java.util.Map;

/**
 * The CDK context one synthesis of a blueprint's stack runs with: the certificate phase (both modes) and, in
 * container mode, the reader key serial. Plan synthesizes {@link #FIRST_DEPLOY}, which is what a first deploy
 * sends to CloudFormation.
 *
 * @param certificateAttached the certificate is validated and attached (phase 2)
 * @param readerKeySerial     container mode: the serial of the gateway's reader access key
 */
public record StackContext(boolean certificateAttached, int readerKeySerial) {
    public static final StackContext FIRST_DEPLOY = new StackContext(false, ReaderKeySerial.DEFAULT);

    public StackContext {
        if (readerKeySerial < ReaderKeySerial.DEFAULT) {
            throw new IllegalArgumentException("reader key serial must be 1 or more, not " + readerKeySerial);
        }
    }

    public StackContext attached() {
        return new StackContext(true, readerKeySerial);
    }

    public StackContext withReaderKeySerial(int serial) {
        return new StackContext(certificateAttached, serial);
    }

    /** As the CDK app reads it ({@code tryGetContext}), values as strings. */
    public Map<String, String> asCdkContext() {
        return Map.of(ContainerStackOutputs.CERTIFICATE_VALIDATED_CONTEXT, String.valueOf(certificateAttached),
                ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, String.valueOf(readerKeySerial));
    }
}
