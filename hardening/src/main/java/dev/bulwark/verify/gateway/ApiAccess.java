package dev.bulwark.verify.gateway;

/**
 * Whether an unauthenticated API request got through to the API. A 2xx counts unless it is an HTML page (the
 * gateways serve the Control UI for every unknown GET path, observed on both OpenClaw 2026.9.6 and Clawdbot
 * 2026.1.24-3); a 400/422 counts too, because the gateway checks credentials before it validates a body, so a
 * complaint about the body means the request was let in.
 */
final class ApiAccess {
    private ApiAccess() {
    }

    static boolean granted(HttpExchange e) {
        if (!e.hasAnswer()) {
            return false;
        }
        if (e.isSuccess()) {
            return !e.isHtml();
        }
        return e.status() == 400 || e.status() == 422;
    }

    static boolean refused(HttpExchange e) {
        return e.hasAnswer() && (e.status() == 401 || e.status() == 403);
    }
}
