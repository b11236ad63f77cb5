package io.sparktune.dashboard.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may use the dashboard. Without a token (allowed only on a loopback address) everyone who can
 * reach it may read and stop studies. With a token, every REST request must carry it
 * ({@code Authorization: Bearer TOKEN}) and the web UI asks for it once per browser session;
 * without it nothing is shown and nothing is stopped.
 */
public final class AccessPolicy {

    private final String token;

    private AccessPolicy(String token) {
        this.token = token;
    }

    /** No token: for a dashboard that listens on a loopback address. */
    public static AccessPolicy open() {
        return new AccessPolicy(null);
    }

    /** Requests must carry {@code token}. */
    public static AccessPolicy withToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        return new AccessPolicy(token);
    }

    public boolean tokenRequired() {
        return token != null;
    }

    /** Whether {@code presented} (possibly {@code null}) lets its bearer in; compared in constant time. */
    public boolean accepts(String presented) {
        if (token == null) {
            return true;
        }
        return presented != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code Authorization} header's value (possibly {@code null}) lets its bearer in. */
    public boolean acceptsHeader(String authorization) {
        if (token == null) {
            return true;
        }
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && accepts(authorization.substring(7).trim());
    }

    public Optional<String> token() {
        return Optional.ofNullable(token);
    }
}
