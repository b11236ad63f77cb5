package io.sparktune.runner.cluster;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether anything listens at an address, found out within a bound. {@code submit} asks this of the
 * master and the control plane before it starts a driver: Spark's own client tries a master that
 * does not answer three times, 20 seconds apart, and a user waiting a minute to learn of a typo in
 * a port is not well served.
 */
public final class Reachability {

    /** How long one address may take to accept a connection. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private Reachability() {
    }

    /** Why nothing could be reached at {@code endpoint} within {@code timeout}, or empty when it answered. */
    public static Optional<String> problem(Endpoint endpoint, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.socketHost(), endpoint.port()),
                    (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + endpoint.host());
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer within " + timeout.toSeconds() + "s");
        } catch (ConnectException e) {
            return Optional.of("connection refused");
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * Why none of {@code endpoints} could be reached (each address with its problem), or empty when one
     * answered: one live master or member is enough.
     */
    public static Optional<String> noneAnswers(List<Endpoint> endpoints, Duration timeout) {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Optional<String> problem = problem(endpoint, timeout);
            if (problem.isEmpty()) {
                return Optional.empty();
            }
            problems.add(endpoint + ": " + problem.get());
        }
        return Optional.of(String.join("; ", problems));
    }
}
