package dev.bulwark.verify;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.SourceLocation;
import java.util.Optional;

/**
 * A target plus what reports need to point at source lines: the blueprint it was verified against (field
 * locations) and, for {@code --targets}, the line of its entry.
 */
public record TargetSpec(VerifyTarget target, Optional<BlueprintSource> blueprint,
                         Optional<SourceLocation> declaredAt) {

    public static TargetSpec of(VerifyTarget target) {
        return new TargetSpec(target, Optional.empty(), Optional.empty());
    }
}
