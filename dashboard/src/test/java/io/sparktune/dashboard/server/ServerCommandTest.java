package io.sparktune.dashboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.cluster.ControlPlane;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * What {@code sparktune server} does with bad flags and taken ports: a message that names the flag
 * or the address, exit code 2 (bad input) or 1 (cannot start), and no stack trace. Nothing listens
 * on the ports these tests name.
 */
class ServerCommandTest {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void badFlagsExitTwoNamingThem() {
        Result port = run("--port", "0");
        Result members = run("--members", "127.0.0.1:5701,nowhere:x");
        Result httpPort = run("--http-port", "70000");

        assertEquals(2, port.exitCode(), port.toString());
        assertTrue(port.err().contains("Invalid value for option '--port': must be a port, 1..65535, got \"0\""),
                port.toString());
        assertEquals(2, members.exitCode(), members.toString());
        assertTrue(members.err().startsWith("--members: address 2 of 2 (\"nowhere:x\") has a port that is not a number"),
                members.toString());
        assertEquals(2, httpPort.exitCode(), httpPort.toString());
        assertTrue(httpPort.err().contains("'--http-port': must be a port"), httpPort.toString());
    }

    @Test
    void anAddressOtherThanLoopbackNeedsAToken() {
        Result result = run("--http-host", "0.0.0.0", "--port", String.valueOf(ControlPlane.freeLoopbackPort()));

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("--http-host: 0.0.0.0 is not a loopback address, so the dashboard needs a"
                + " token: give one with --token or the SPARKTUNE_TOKEN environment variable"), result.toString());
    }

    @Test
    void anEmptyTokenIsRefused() {
        Result result = run("--token", " ", "--port", String.valueOf(ControlPlane.freeLoopbackPort()));

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("--token: the token is empty"), result.toString());
    }

    @Test
    void aMemberOnAPortInUseExitsOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Result result = run("--port", String.valueOf(taken.getLocalPort()), "--cluster-name", "tests-port-in-use",
                    "--no-dashboard");

            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(result.err().startsWith("cannot start a control-plane member at 127.0.0.1:"
                    + taken.getLocalPort()), result.toString());
            assertFalse(result.err().contains("\tat "), result.toString());
        }
    }

    @Test
    void aDashboardOnAPortInUseExitsOneBeforeAnyMemberStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Result result = run("--http-port", String.valueOf(taken.getLocalPort()), "--port",
                    String.valueOf(ControlPlane.freeLoopbackPort()), "--cluster-name", "tests-http-port-in-use");

            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(result.err().startsWith("cannot start the dashboard at 127.0.0.1:" + taken.getLocalPort()),
                    result.toString());
            assertFalse(result.out().contains("is up"), result.toString());
        }
    }

    @Test
    void aClientNeedsNoMembersFlag() {
        Result result = run("--connect", "127.0.0.1:5701", "--members", "127.0.0.1:5702", "--no-dashboard");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("--members: a server started with --connect is a client"), result.toString());
    }
}
