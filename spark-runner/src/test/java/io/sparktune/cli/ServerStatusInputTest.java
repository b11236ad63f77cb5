package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.cluster.ControlPlane;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * What {@code server} and {@code status} do with bad flags and with a control plane that is not
 * there: a message that names the flag or the address, exit code 2 (bad input) or 1 (cannot start,
 * cannot reach). Nothing listens on the ports these tests name.
 */
class ServerStatusInputTest {

    @Test
    void statusOfAnUnreachableControlPlaneExitsOne() throws Exception {
        int member = ControlPlane.freeLoopbackPort();

        Cli.Result result = Cli.run("status", "--cluster", "127.0.0.1:" + member, "--cluster-name", "tests");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("cannot reach the control plane at 127.0.0.1:" + member + " (cluster tests)"),
                result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
    }

    @Test
    void aServerWithBadFlagsExitsTwoNamingThem() {
        Cli.Result port = Cli.run("server", "--port", "0");
        Cli.Result members = Cli.run("server", "--members", "127.0.0.1:5701,nowhere:x");

        assertEquals(2, port.exitCode(), port.toString());
        assertTrue(port.err().contains("Invalid value for option '--port': must be a port, 1..65535, got \"0\""),
                port.toString());
        assertEquals(2, members.exitCode(), members.toString());
        assertTrue(members.err().startsWith("--members: address 2 of 2 (\"nowhere:x\") has a port that is not a number"),
                members.toString());
    }

    @Test
    void aServerOnAPortInUseExitsOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Cli.Result result = Cli.run("server", "--port", String.valueOf(taken.getLocalPort()), "--cluster-name",
                    "tests-port-in-use");

            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(result.err().startsWith("cannot start a control-plane member at 127.0.0.1:"
                    + taken.getLocalPort()), result.toString());
        }
    }
}
