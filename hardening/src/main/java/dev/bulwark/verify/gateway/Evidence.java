package dev.bulwark.verify.gateway;

import java.util.List;

/** Joins observations into the one-line evidence a finding carries. */
final class Evidence {
    private Evidence() {
    }

    static String ofExchanges(List<HttpExchange> exchanges) {
        return String.join("; ", exchanges.stream().map(e -> e.request() + " -> " + e.answer()).toList());
    }

    static String ofConnects(List<ConnectAttempt> connects) {
        return String.join("; ", connects.stream().map(c -> c.describe() + " -> " + c.answer()).toList());
    }
}
