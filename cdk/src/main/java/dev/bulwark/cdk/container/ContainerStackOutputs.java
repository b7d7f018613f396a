package dev.bulwark.cdk.container;

/**
 * Names of the container stack's outputs and context keys, shared with deploy, status and destroy. The service URL
 * and the certificate's validation records are read with {@code GetContainerServices} and {@code GetCertificates}
 * using the names output here.
 */
public final class ContainerStackOutputs {
    public static final String SERVICE_NAME = "ServiceName";
    public static final String CERTIFICATE_NAME = "CertificateName";
    /** {@code pending} (certificate created, custom domain not attached) or {@code attached}. */
    public static final String CERTIFICATE_PHASE = "CertificatePhase";
    public static final String GATEWAY_TOKEN_SECRET_ARN = "GatewayTokenSecretArn";
    /** The IAM user whose access key the gateway uses to read its secrets. */
    public static final String READER_USER_NAME = "GatewayReaderUserName";
    /** The serial of the reader's current access key; raising it rotates the key. */
    public static final String READER_KEY_SERIAL = "GatewayReaderKeySerial";

    /**
     * Private ECR images: {@code awaiting-grant} (service with its image puller role, no deployment yet),
     * {@code granted} (deployment included) or {@code not-needed} (public images).
     */
    public static final String REGISTRY_ACCESS = "RegistryAccess";

    /** Context: the certificate is validated, attach the custom domain ({@code true}/{@code false}). */
    public static final String CERTIFICATE_VALIDATED_CONTEXT = "bulwark:certificateValidated";
    /** Context: serial of the reader access key (default 1); deploy raises it to rotate the key. */
    public static final String READER_KEY_SERIAL_CONTEXT = "bulwark:readerKeySerial";
    /** Output: the previous reader key's serial while it is kept (absent once deleted). */
    public static final String RETIRING_READER_KEY_SERIAL = "GatewayReaderRetiringKeySerial";
    /** Context: the previous reader key's serial, kept beside the current one until deploy retires it. */
    public static final String RETIRING_READER_KEY_CONTEXT = "bulwark:readerKeyRetiring";

    private ContainerStackOutputs() {
    }
}
