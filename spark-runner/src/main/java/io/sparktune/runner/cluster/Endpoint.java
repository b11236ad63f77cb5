package io.sparktune.runner.cluster;

import java.util.Objects;

/**
 * A {@code host:port} to reach over TCP; an IPv6 host is kept in brackets ({@code [::1]}), as it is
 * written in addresses.
 */
public record Endpoint(String host, int port) {

    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a host must hold, but got \"" + host + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("1 <= port <= 65535 must hold, but got port=" + port);
        }
    }

    /**
     * Reads {@code host:port} ({@code [v6]:port} for IPv6).
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static Endpoint parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("\"" + text + "\" is not host:port");
        }
        String host = text.substring(0, colon);
        if (host.contains(":") && !(host.startsWith("[") && host.endsWith("]"))) {
            throw new IllegalArgumentException("\"" + text + "\" needs its IPv6 host in brackets, as [::1]:7077");
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" has a port that is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("\"" + text + "\" has port " + port + ", but a port must be 1..65535");
        }
        return new Endpoint(host, port);
    }

    /** The host as a socket takes it: without the brackets of an IPv6 address. */
    public String socketHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
