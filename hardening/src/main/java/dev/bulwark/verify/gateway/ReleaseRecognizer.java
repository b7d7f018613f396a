package dev.bulwark.verify.gateway;

import dev.bulwark.release.ControlUiSignals;
import dev.bulwark.release.ReleaseIdentification;
import dev.bulwark.release.ReleaseTable;
import java.util.Optional;

/**
 * Recognises the release from the Control UI page the probe already fetched (no extra request): its content-hashed
 * asset names and build id, matched against the release-fingerprint table.
 */
final class ReleaseRecognizer {
    private final ReleaseTable table;

    ReleaseRecognizer(ReleaseTable table) {
        this.table = table;
    }

    Optional<ReleaseIdentification> recognize(GatewayObservation observation) {
        return observation.exchanges(HttpExchange.Purpose.CONTROL_UI).stream()
                .filter(e -> e.isSuccess() && e.isHtml())
                .findFirst()
                .map(e -> ControlUiSignals.of(e.body()))
                .flatMap(table::identify);
    }

    /** The dates of the table's sources, for evidence. */
    String tableDates() {
        return String.join(", ", table.generated());
    }
}
