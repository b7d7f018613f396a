package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AdvisoryCatalog;
import java.util.List;

/** The gateway rule pack: every check the gateway probe runs, in report order. */
public final class GatewayChecks {
    private GatewayChecks() {
    }

    public static List<GatewayCheck> all(AdvisoryCatalog catalog) {
        return List.of(
                new UnauthenticatedConnectCheck(),
                new CrossOriginConnectCheck(),
                new OriginNotEnforcedCheck(),
                new UnauthenticatedApiCheck(),
                new SpoofedHeaderAccessCheck(),
                new SensitivePathCheck(),
                new CanvasOnControlUiOriginCheck(),
                new VulnerableVersionCheck(catalog),
                new UnpinnedVersionCheck(),
                new VersionDisclosedCheck(),
                new NotDetectedCheck(),
                new IncompleteCheck());
    }
}
