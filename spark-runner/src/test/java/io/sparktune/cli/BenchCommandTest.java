package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void runsTheHarnessAndPrintsItsTable() {
        Cli.Result result = Cli.run("bench", "--functions", "branin,mfhartmann6", "--seeds", "2", "--trials", "6",
                "--checkpoints", "3,6", "--steps", "3");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("sampler random, scheduler none; 2 seeds, budget 6 full-budget trials"),
                result.toString());
        assertEquals(2 + 4, result.out().lines().count(), result.toString());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("mfhartmann6\\s+6(\\s+\\S+){4}")), result.toString());
    }

    @Test
    void printsJsonOnRequest() throws Exception {
        Cli.Result result = Cli.run("bench", "--functions", "countingones", "--seeds", "1", "--trials", "2",
                "--steps", "2", "--json");

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals("countingones", root.get("results").get(0).get("function").asText());
        assertEquals(4.0, root.get("results").get(0).get("runs").get(0).get("budgetSpent").asDouble());
    }

    @Test
    void badFlagsExitTwoWithAMessageNamingTheFlag() {
        Cli.Result seeds = Cli.run("bench", "--seeds", "0");
        Cli.Result sampler = Cli.run("bench", "--sampler", "tpee");
        Cli.Result options = Cli.run("bench", "--sampler-options", "{\"gamma\": 0.1}");
        Cli.Result functions = Cli.run("bench", "--functions", "branin,ackly");
        Cli.Result orphan = Cli.run("bench", "--scheduler-options", "{}");
        Cli.Result unknown = Cli.run("bench", "--frobnicate");

        assertEquals(2, seeds.exitCode(), seeds.toString());
        assertEquals("--seeds: must be an integer from 1 to 1000000, got \"0\"", seeds.err().strip());
        assertEquals(2, sampler.exitCode(), sampler.toString());
        assertTrue(sampler.err().startsWith("--sampler: unknown sampler \"tpee\""), sampler.toString());
        assertEquals(2, options.exitCode(), options.toString());
        assertTrue(options.err().startsWith("--sampler-options.gamma: unknown option"), options.toString());
        assertEquals(2, functions.exitCode(), functions.toString());
        assertTrue(functions.err().contains("--functions: unknown function \"ackly\", did you mean \"ackley\"?"),
                functions.toString());
        assertEquals(2, orphan.exitCode(), orphan.toString());
        assertEquals("--scheduler-options: needs --scheduler", orphan.err().strip());
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.toString());
        for (Cli.Result r : new Cli.Result[] {seeds, sampler, options, functions, orphan, unknown}) {
            assertFalse(r.err().contains("\tat "), "a stack trace leaked:\n" + r);
            assertEquals("", r.out());
        }
    }

    @Test
    void hasHelp() {
        Cli.Result result = Cli.run("bench", "--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: sparktune bench"), result.toString());
        for (String flag : new String[] {"--sampler", "--sampler-options", "--scheduler", "--scheduler-options",
            "--functions", "--seeds", "--trials", "--checkpoints", "--steps", "--cost-per-step", "--json"}) {
            assertTrue(result.out().contains(flag), flag + " missing from:\n" + result.out());
        }
    }
}
