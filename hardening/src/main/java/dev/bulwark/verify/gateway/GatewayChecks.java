package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.release.ReleaseTable;
import java.util.List;

/** The gateway rule pack: every check the gateway probe runs, in report order. */
public final class GatewayChecks {
    private GatewayChecks() {
    }

    public static List<GatewayCheck> all(AdvisoryCatalog catalog, ReleaseTable releases) {
        ReleaseRecognizer recognizer = new ReleaseRecognizer(releases);
        return List.of(
                new GatewayWithoutTlsCheck(),
                new PlainHttpCheck(),
                new UnauthenticatedConnectCheck(),
                new CrossOriginConnectCheck(),
                new OriginNotEnforcedCheck(),
                new UnauthenticatedApiCheck(),
                new SpoofedHeaderAccessCheck(),
                new SensitivePathCheck(),
                new CanvasOnControlUiOriginCheck(),
                new VulnerableVersionCheck(catalog, recognizer),
                new UnknownReleaseCheck(recognizer),
                new UnpinnedVersionCheck(),
                new VersionDisclosedCheck(),
                new NotDetectedCheck(),
                new IncompleteCheck());
    }
}
