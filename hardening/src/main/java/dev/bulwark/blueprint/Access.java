package dev.bulwark.blueprint;

import java.util.List;
import java.util.Optional;

/**
 * {@code access:}: who can reach the gateway. {@link AccessMode#PRIVATE} (the default) has no public way in;
 * {@link AccessMode#PUBLIC} needs {@code allowCidrs}, {@code sso}, or an acknowledgement with a reason.
 *
 * @param allowCidrs        client networks (IPv4 and IPv6) the proxy admits; everyone else gets 403
 * @param sso               the identity-aware proxy, when the gateway runs in trusted-proxy auth
 * @param publicAcknowledged the reason given for a public gateway with neither allowlist nor SSO
 * @param canvas            whether agent-written pages are served, and on which separate host name
 */
public record Access(AccessMode mode, List<String> allowCidrs, Optional<Sso> sso,
                     Optional<String> publicAcknowledged, Canvas canvas) {
    /** The default: nothing public. */
    public static final Access PRIVATE = new Access(AccessMode.PRIVATE, List.of(), Optional.empty(),
            Optional.empty(), Canvas.OFF);

    public Access {
        allowCidrs = allowCidrs == null ? List.of() : List.copyOf(allowCidrs);
        sso = sso == null ? Optional.empty() : sso;
        publicAcknowledged = publicAcknowledged == null ? Optional.empty() : publicAcknowledged;
        canvas = canvas == null ? Canvas.OFF : canvas;
    }

    public boolean isPublic() {
        return mode == AccessMode.PUBLIC;
    }

    /** Public with neither an allowlist nor SSO: every address on the internet reaches the gateway's login. */
    public boolean openToEveryone() {
        return isPublic() && allowCidrs.isEmpty() && sso.isEmpty();
    }
}
