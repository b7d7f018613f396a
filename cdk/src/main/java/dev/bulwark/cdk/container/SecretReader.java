package dev.bulwark.cdk.container;

import dev.bulwark.blueprint.Secrets;
import software.amazon.awscdk.Arn;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.CfnAccessKey;
import software.amazon.awscdk.services.iam.CfnUser;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * The identity the gateway container reads its secrets with: an IAM user whose only permission is
 * {@code secretsmanager:GetSecretValue} on the gateway token secret and on each provider key secret, and one access
 * key for it. A Lightsail container service cannot assume an IAM role, so a long-lived key is the only way in;
 * it reaches the container through its environment as CloudFormation attributes (never a template value), which
 * is the design's one accepted exposure, acknowledged on the service.
 *
 * <p>Provider key secrets are granted by name ({@code secret:<name>-??????}, the six characters Secrets Manager
 * appends), so a provider secret re-created under the same name keeps working. The key's {@code Serial} is
 * {@link ReaderKeySerial}: raising it rotates the key.
 */
public final class SecretReader extends Construct {
    public static final String READ_ACTION = "secretsmanager:GetSecretValue";

    private final CfnUser user;
    private final CfnAccessKey accessKey;
    private final int serial;

    public SecretReader(Construct scope, String id, ISecret gatewayToken, Secrets secrets, int serial) {
        super(scope, id);
        this.serial = serial;
        List<String> resources = new ArrayList<>();
        resources.add(gatewayToken.getSecretArn());
        for (Secrets.ProviderKey key : secrets.providerKeys()) {
            resources.add(secretArnByName(Stack.of(this), key.secretName()));
        }
        PolicyDocument policy = PolicyDocument.Builder.create().statements(List.of(PolicyStatement.Builder.create()
                .sid("ReadGatewaySecrets")
                .effect(Effect.ALLOW)
                .actions(List.of(READ_ACTION))
                .resources(resources)
                .build())).build();
        user = CfnUser.Builder.create(this, "User")
                .policies(List.of(CfnUser.PolicyProperty.builder()
                        .policyName("read-gateway-secrets")
                        .policyDocument(policy)
                        .build()))
                .build();
        accessKey = CfnAccessKey.Builder.create(this, "AccessKey")
                .userName(user.getRef())
                .serial(serial)
                .status("Active")
                .build();
    }

    /** {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-??????}. */
    public static String secretArnByName(Stack stack, String secretName) {
        return Arn.format(ArnComponents.builder()
                .service("secretsmanager")
                .resource("secret")
                .resourceName(secretName + "-??????")
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                .build(), stack);
    }

    public CfnUser user() {
        return user;
    }

    public CfnAccessKey accessKey() {
        return accessKey;
    }

    public int serial() {
        return serial;
    }

    /** Resolves to the access key id at deploy time. */
    public String accessKeyIdRef() {
        return accessKey.getRef();
    }

    /** Resolves to the secret access key at deploy time; never a value in the template. */
    public String secretAccessKeyAttr() {
        return accessKey.getAttrSecretAccessKey();
    }
}
