package io.sparktune.dashboard.ui;

import com.vaadin.flow.server.VaadinSession;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.Dashboards;

/**
 * Whether this browser session may see the dashboard: always when it has no token, otherwise once
 * the session has given the token on the sign-in page (remembered in the {@link VaadinSession}).
 */
final class Access {

    /** The session attribute that says the token was accepted. */
    static final String ACCEPTED = "sparktune.token-accepted";

    private Access() {
    }

    static boolean signedIn(VaadinSession session) {
        return !policy().tokenRequired() || Boolean.TRUE.equals(session.getAttribute(ACCEPTED));
    }

    /** Checks {@code token}; when it is right, remembers that this session gave it. */
    static boolean signIn(VaadinSession session, String token) {
        if (!policy().accepts(token)) {
            return false;
        }
        session.setAttribute(ACCEPTED, Boolean.TRUE);
        return true;
    }

    private static AccessPolicy policy() {
        return Dashboards.current().access();
    }
}
