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
import java.util.Optional;

/**
 * The identity the gateway container reads its secrets with: an IAM user whose only permission is
 * {@code secretsmanager:GetSecretValue} on the gateway token secret and on each provider key secret, and one access
 * key for it. A Lightsail container service cannot assume an IAM role, so a long-lived key is the only way in;
 * it reaches the container through its environment as CloudFormation attributes (never a template value), which
 * is the design's one accepted exposure, acknowledged on the service.
 *
 * <p>Provider key secrets are granted by name ({@code secret:<name>-??????}, the six characters Secrets Manager
 * appends), so a provider secret re-created under the same name keeps working. Each key is a resource of its own
 * serial ({@code AccessKey<serial>}, {@link ReaderKeySerial}): raising the serial adds a new key for the gateway,
 * and while the previous serial is given as retiring its key stays, so the deployment still running with it keeps
 * working until deploy has seen the new one active; the next synthesis without it deletes it.
 */
public final class SecretReader extends Construct {
    public static final String READ_ACTION = "secretsmanager:GetSecretValue";

    private final CfnUser user;
    private final CfnAccessKey accessKey;
    private final int serial;
    private final Optional<Integer> retiringSerial;

    public SecretReader(Construct scope, String id, ISecret gatewayToken, Secrets secrets, int serial) {
        this(scope, id, gatewayToken, secrets, serial, Optional.empty());
    }

    /** @param retiringSerial the previous key's serial, kept until the service runs with {@code serial} */
    public SecretReader(Construct scope, String id, ISecret gatewayToken, Secrets secrets, int serial,
                        Optional<Integer> retiringSerial) {
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
        accessKey = key(serial);
        this.retiringSerial = retiringSerial.filter(r -> r != serial);
        this.retiringSerial.ifPresent(this::key);
    }

    private CfnAccessKey key(int keySerial) {
        return CfnAccessKey.Builder.create(this, "AccessKey" + keySerial)
                .userName(user.getRef())
                .serial(keySerial)
                .status("Active")
                .build();
    }

    /** The previous key's serial while it is kept for the deployment still running with it. */
    public Optional<Integer> retiringSerial() {
        return retiringSerial;
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
