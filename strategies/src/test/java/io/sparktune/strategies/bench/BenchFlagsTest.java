package io.sparktune.strategies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchFlagsTest {

    private static List<Problem> problems(String... args) {
        return assertThrows(SpecException.class, () -> BenchFlags.parse(List.of(args))).problems();
    }

    private static Problem problem(String... args) {
        List<Problem> problems = problems(args);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void defaultsAreRandomOnTheSixFunctionsWithTenSeedsAndTwoHundredTrials() {
        BenchPlan plan = BenchFlags.parse(List.of()).plan();
        assertEquals("random", plan.sampler().type());
        assertEquals(Optional.empty(), plan.scheduler());
        assertEquals(List.of("branin", "hartmann3", "hartmann6", "rosenbrock", "levy", "ackley"), plan.functions());
        assertEquals(10, plan.seeds());
        assertEquals(200, plan.trials());
        assertEquals(List.of(50, 100, 200), plan.checkpoints());
        assertEquals(27, plan.steps());
    }

    @Test
    void everyFlagIsRead() {
        BenchFlags.Parsed parsed = BenchFlags.parse(List.of("--sampler", "grid", "--sampler-options",
                "{\"gridPoints\": 3}", "--functions", "branin, countingones", "--seeds=3", "--trials", "40",
                "--checkpoints", "10,40", "--steps", "9", "--cost-per-step", "0.5", "--json"));
        BenchPlan plan = parsed.plan();
        assertTrue(parsed.json());
        assertEquals("grid", plan.sampler().type());
        assertEquals(3, plan.sampler().options().get("gridPoints").asInt());
        assertEquals(List.of("branin", "countingones"), plan.functions());
        assertEquals(3, plan.seeds());
        assertEquals(40, plan.trials());
        assertEquals(List.of(10, 40), plan.checkpoints());
        assertEquals(9, plan.steps());
        assertEquals(0.5, plan.costPerStep());
    }

    @Test
    void badFlagsAreNamed() {
        assertEquals("--seeds", problem("--seeds", "0").path());
        assertEquals("--trials", problem("--trials", "many").path());
        Problem function = problem("--functions", "branin,brannin");
        assertEquals("--functions", function.path());
        assertTrue(function.message().contains("did you mean \"branin\""), function.message());
        Problem sampler = problem("--sampler", "tpee");
        assertEquals("--sampler", sampler.path());
        assertTrue(sampler.message().startsWith("unknown sampler \"tpee\""), sampler.message());
        assertEquals("--scheduler", problem("--scheduler", "nope").path());
        assertEquals("--sampler-options", problem("--sampler-options", "[1]").path());
        assertEquals("--sampler-options", problem("--sampler-options", "{oops").path());
        assertEquals("--sampler-options.nope", problem("--sampler-options", "{\"nope\": 1}").path());
        assertEquals("--scheduler-options", problem("--scheduler-options", "{}").path());
        assertEquals("--checkpoints", problem("--checkpoints", "50,20").path());
        assertEquals("--checkpoints", problem("--trials", "10", "--checkpoints", "20").path());
        assertEquals("--cost-per-step", problem("--cost-per-step", "-1").path());
        Problem unknown = problem("--seed", "3");
        assertEquals("--seed", unknown.path());
        assertTrue(unknown.message().startsWith("unknown flag, did you mean \"--seeds\"?"), unknown.message());
        assertEquals("--trials", problem("--trials").path());
        assertEquals("--seeds", problem("--seeds", "1", "--seeds", "2").path());
        assertEquals(List.of("--seeds", "--trials"), problems("--seeds", "-2", "--trials", "0").stream()
                .map(Problem::path).toList(), "every problem at once");
    }

    @Test
    void theRunnableExitsTwoWithTheMessageOrPrintsItsResult() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, Bench.run(List.of("--seeds", "zero"), new PrintWriter(out), new PrintWriter(err)));
        assertEquals("--seeds: must be an integer from 1 to 1000000, got \"zero\"", err.toString().strip());
        assertEquals("", out.toString());

        StringWriter table = new StringWriter();
        assertEquals(0, Bench.run(List.of("--functions", "branin", "--seeds", "3", "--trials", "8"),
                new PrintWriter(table), new PrintWriter(new StringWriter())));
        List<String> lines = table.toString().lines().toList();
        assertEquals(2 + 3, lines.size(), table::toString);
        assertTrue(lines.get(0).startsWith("sampler random, scheduler none; 3 seeds, budget 8 full-budget trials"),
                lines.get(0));
        assertTrue(lines.get(1).matches("function\\s+budget\\s+median regret\\s+q1\\s+q3\\s+mean ask \\(ms\\)"),
                lines.get(1));
        assertTrue(lines.get(4).matches("branin\\s+8(\\s+\\S+){4}"), lines.get(4));

        StringWriter json = new StringWriter();
        assertEquals(0, Bench.run(List.of("--functions", "countingones", "--seeds", "2", "--trials", "4", "--steps",
                "3", "--json"), new PrintWriter(json), new PrintWriter(new StringWriter())));
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals("random", root.get("sampler").get("type").asText());
        assertTrue(root.get("scheduler").isNull());
        JsonNode ones = root.get("results").get(0);
        assertEquals("countingones", ones.get("function").asText());
        assertEquals(3, ones.get("steps").asInt());
        assertEquals(List.of(1, 2, 4), ones.get("checkpoints").findValues("budget").stream().map(JsonNode::asInt)
                .toList());
        assertEquals(2, ones.get("runs").size());
        assertEquals(12.0, ones.get("runs").get(0).get("budgetSpent").asDouble());
        assertFalse(ones.get("runs").get(0).get("trajectory").isEmpty());
    }
}
