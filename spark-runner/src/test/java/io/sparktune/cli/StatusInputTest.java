package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.cluster.ControlPlane;
import org.junit.jupiter.api.Test;

/**
 * What {@code status} does with bad flags and with a control plane that is not
 * there: a message that names the flag or the address, exit code 2 (bad input) or 1 (cannot start,
 * cannot reach). Nothing listens on the ports these tests name.
 */
class StatusInputTest {

    @Test
    void statusOfAnUnreachableControlPlaneExitsOne() throws Exception {
        int member = ControlPlane.freeLoopbackPort();

        Cli.Result result = Cli.run("status", "--cluster", "127.0.0.1:" + member, "--cluster-name", "tests");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("cannot reach the control plane at 127.0.0.1:" + member + " (cluster tests)"),
                result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
    }
}
