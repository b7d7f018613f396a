package dev.bulwark.cli.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.deploy.DeployException;

import java.nio.file.Path;

/** Loading a blueprint and mapping deploy errors to exit codes, shared by deploy, status and destroy. */
public final class Blueprints {
    private Blueprints() {
    }

    public static Blueprint load(Path file) {
        try {
            return new BlueprintLoader().load(file);
        } catch (BlueprintException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
    }

    /** Usage problems exit 2; credentials, AWS, quota and timeouts exit 3. */
    public static UserException toUserException(DeployException e) {
        return new UserException(e.kind() == DeployException.Kind.USAGE ? ExitCode.USAGE : ExitCode.ENVIRONMENT,
                e.getMessage(), e);
    }
}
