package io.sparktune.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aListeningPortAnswersAndAClosedOneIsRefused() throws Exception {
        int closed = FreePorts.next();
        try (ServerSocket open = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Endpoint listening = new Endpoint("127.0.0.1", open.getLocalPort());
            Endpoint nothing = new Endpoint("127.0.0.1", closed);

            assertEquals(Optional.empty(), Reachability.problem(listening, TIMEOUT));
            assertEquals(Optional.of("connection refused"), Reachability.problem(nothing, TIMEOUT));
            assertEquals(Optional.empty(), Reachability.noneAnswers(List.of(nothing, listening), TIMEOUT));
        }
    }

    @Test
    void whenNoneAnswersEachAddressIsNamedWithItsProblem() {
        Endpoint refused = new Endpoint("127.0.0.1", FreePorts.next());
        Endpoint unknown = new Endpoint("no-such-host.invalid", 7077);

        Optional<String> problem = Reachability.noneAnswers(List.of(refused, unknown), TIMEOUT);

        assertTrue(problem.isPresent());
        assertEquals(refused + ": connection refused; no-such-host.invalid:7077: unknown host no-such-host.invalid",
                problem.get());
    }
}
