package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.cluster.ControlPlane;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code submit} does with bad input and with a master or a control plane that is not there: a
 * message that names the flag, the JSON path or the address, and exit code 2 (bad input) or 1 (cannot
 * reach), before anything starts. No cluster is needed: nothing listens on the ports these tests name.
 */
class SubmitInputTest {

    @TempDir
    Path dir;

    private Path study() throws Exception {
        return Files.writeString(dir.resolve("branin.json"), Studies.branin(4));
    }

    @Test
    void aStudyFileThatFailsValidationExitsTwoWithItsJsonPathBeforeAnythingStarts() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), Studies.branin(4).replace("\"maxConcurrent\": 2",
                "\"maxConcurrent\": 0"));
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("submit", bad.toString(), "--master", "spark://127.0.0.1:" + ControlPlane.freeLoopbackPort(),
                "--cluster", "127.0.0.1:" + ControlPlane.freeLoopbackPort(), "--out", out.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("$.budget.maxConcurrent"), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
        assertFalse(Files.exists(out), "nothing is started for a bad study file");
        assertEquals("", result.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--master|yarn|Invalid value for option '--master': must be spark://HOST:PORT",
        "--master|spark://127.0.0.1:port|has a port that is not a number",
        "--executor-memory|1.5g|Invalid value for option '--executor-memory': must be a size with a unit",
        "--lease|0s|Invalid value for option '--lease': must be a duration such as",
        "--executor-wait|soon|Invalid value for option '--executor-wait'",
        "--conf|spark.task.cpus|should be in KEY=VALUE format",
        "--cluster|127.0.0.1:99999|--cluster: address 1 of 1 (\"127.0.0.1:99999\") has port 99999",
        "--cluster-name|no spaces|--cluster-name: must be 1 to 100 letters"})
    void aBadFlagExitsTwoNamingTheFlag(String flag, String value, String message) throws Exception {
        String master = flag.equals("--master") ? value : "spark://127.0.0.1:" + ControlPlane.freeLoopbackPort();
        String cluster = flag.equals("--cluster") ? value : "127.0.0.1:" + ControlPlane.freeLoopbackPort();
        Path out = dir.resolve("out");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("submit", study().toString(),
                "--master", master, "--cluster", cluster, "--out", out.toString()));
        if (!flag.equals("--master") && !flag.equals("--cluster")) {
            args.addAll(java.util.List.of(flag, value));
        }

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains(message), result.toString());
        assertFalse(Files.exists(out), "nothing is started for a bad flag");
    }

    @Test
    void anUnreachableMasterExitsOneNamingIt() throws Exception {
        int port = ControlPlane.freeLoopbackPort();

        Cli.Result result = Cli.run("submit", study().toString(), "--master", "spark://127.0.0.1:" + port,
                "--cluster", "127.0.0.1:" + ControlPlane.freeLoopbackPort(), "--out", dir.resolve("out").toString());

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("cannot reach the Spark master at spark://127.0.0.1:" + port + " (127.0.0.1:" + port
                + ": connection refused)", result.err().strip());
    }

    @Test
    void anUnreachableControlPlaneExitsOneNamingItsAddressesAndCluster() throws Exception {
        int member = ControlPlane.freeLoopbackPort();
        try (ServerSocket master = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Cli.Result result = Cli.run("submit", study().toString(), "--master",
                    "spark://127.0.0.1:" + master.getLocalPort(), "--cluster", "127.0.0.1:" + member,
                    "--cluster-name", "tests", "--out", dir.resolve("out").toString());

            assertEquals(1, result.exitCode(), result.toString());
            assertEquals("cannot reach the control plane at 127.0.0.1:" + member + " (cluster tests): 127.0.0.1:"
                    + member + ": connection refused; start one with sparktune server", result.err().strip());
        }
    }
}
