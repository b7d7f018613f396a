package dev.bulwark.cdk.container;

import software.constructs.Construct;

/**
 * Which access key of the {@link SecretReader} is current. The serial is the {@code Serial} of the
 * {@code AWS::IAM::AccessKey}: raising it makes CloudFormation create a new key, redeploy the containers with it
 * and then delete the old key. From the props when set, else context
 * {@value ContainerStackOutputs#READER_KEY_SERIAL_CONTEXT}, else {@value #DEFAULT}.
 */
public final class ReaderKeySerial {
    public static final int DEFAULT = 1;

    private ReaderKeySerial() {
    }

    /** The retiring key's serial from context {@value ContainerStackOutputs#RETIRING_READER_KEY_CONTEXT}, if any. */
    public static java.util.Optional<Integer> retiring(Construct scope) {
        Object value = scope.getNode().tryGetContext(ContainerStackOutputs.RETIRING_READER_KEY_CONTEXT);
        if (value == null || value.toString().isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parse(value, ContainerStackOutputs.RETIRING_READER_KEY_CONTEXT));
    }

    /**
     * @throws IllegalArgumentException if the serial is not a positive whole number
     */
    public static int resolve(Construct scope, Integer override) {
        Object value = override != null ? override
                : scope.getNode().tryGetContext(ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT);
        if (value == null) {
            return DEFAULT;
        }
        return parse(value, ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT);
    }

    private static int parse(Object value, String key) {
        int serial;
        try {
            serial = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? n.intValue() : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            serial = 0;
        }
        if (serial < 1) {
            throw new IllegalArgumentException("context " + key
                    + " must be a whole number of at least 1, not '" + value + "'; raise it by one to rotate the"
                    + " gateway's secret-reader key");
        }
        return serial;
    }
}
