package io.sparktune.strategies.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problems;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark's command-line flags, read in one place; every problem names its flag:
 * <pre>
 *   --sampler TYPE               a registered sampler (default random)
 *   --sampler-options JSON       its options, a JSON object (default {})
 *   --scheduler TYPE             a registered scheduler (default: none)
 *   --scheduler-options JSON     its options (needs --scheduler)
 *   --functions A,B,...          benchmark functions (default branin,hartmann3,hartmann6,rosenbrock,levy,ackley)
 *   --seeds N                    seeds 0 .. N-1 (default 10)
 *   --trials N                   the budget in full-budget trials (default 200)
 *   --checkpoints A,B,...        budgets to report, in full-budget trials (default trials/4, trials/2, trials)
 *   --steps N                    fidelities of a multi-fidelity trial (default 27)
 *   --cost-per-step X            the simulated cost of one step (default 1)
 *   --json                       print JSON instead of a table
 * </pre>
 */
public final class BenchFlags {

    /** The flags that take a value. */
    public static final Set<String> VALUED = Set.of("--sampler", "--sampler-options", "--scheduler",
            "--scheduler-options", "--functions", "--seeds", "--trials", "--checkpoints", "--steps", "--cost-per-step");
    /** The flags that take none. */
    public static final Set<String> SWITCHES = Set.of("--json", "--help");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_COUNT = 1_000_000;

    /** What the flags ask for. */
    public record Parsed(BenchPlan plan, boolean json, boolean help) {
    }

    private BenchFlags() {
    }

    /** Reads command-line arguments, or throws a {@link SpecException} naming each bad flag. */
    public static Parsed parse(List<String> args) {
        Problems problems = new Problems();
        Map<String, String> flags = Flags.parse(args, VALUED, SWITCHES, problems);
        problems.throwIfAny();
        boolean help = flags.containsKey("--help");
        if (help) {
            return new Parsed(BenchPlan.of(ComponentSpec.of("random", "--sampler-options")), false, true);
        }
        return new Parsed(read(flags), flags.containsKey("--json"), false);
    }

    /**
     * Reads flags given as a map from flag (such as {@code --seeds}) to value; absent flags take their
     * defaults, switches are ignored. Throws a {@link SpecException} naming each bad flag.
     */
    public static BenchPlan read(Map<String, String> flags) {
        Problems problems = new Problems();
        ComponentSpec sampler = component(flags, "--sampler", "random", problems);
        Optional<ComponentSpec> scheduler = Optional.empty();
        if (flags.containsKey("--scheduler")) {
            scheduler = Optional.ofNullable(component(flags, "--scheduler", null, problems));
        } else if (flags.containsKey("--scheduler-options")) {
            problems.add("--scheduler-options", "needs --scheduler");
        }
        List<String> functions = functions(flags.get("--functions"), problems);
        int seeds = count(flags, "--seeds", BenchPlan.DEFAULT_SEEDS, problems);
        int trials = count(flags, "--trials", BenchPlan.DEFAULT_TRIALS, problems);
        int steps = count(flags, "--steps", BenchPlan.DEFAULT_STEPS, problems);
        double cost = costPerStep(flags.get("--cost-per-step"), problems);
        List<Integer> checkpoints = checkpoints(flags.get("--checkpoints"), trials, problems);
        problems.throwIfAny();
        if (sampler != null) {
            check(() -> Harness.sampler(sampler), problems);
        }
        scheduler.ifPresent(s -> check(() -> Harness.scheduler(Optional.of(s)), problems));
        problems.throwIfAny();
        return new BenchPlan(sampler, scheduler, functions, seeds, trials, checkpoints, steps, cost);
    }

    private static void check(Runnable build, Problems problems) {
        try {
            build.run();
        } catch (SpecException e) {
            e.problems().forEach(p -> problems.add(p.path(), p.message()));
        }
    }

    /** {@code --NAME TYPE} and {@code --NAME-options JSON}; the type must be registered. */
    private static ComponentSpec component(Map<String, String> flags, String flag, String defaultType,
            Problems problems) {
        String type = flags.getOrDefault(flag, defaultType);
        Set<String> known = flag.equals("--sampler") ? Samplers.registry().names() : Schedulers.registry().names();
        String optionsFlag = flag + "-options";
        ObjectNode options = null;
        String text = flags.get(optionsFlag);
        if (text != null) {
            try {
                JsonNode node = JSON.readTree(text);
                if (node instanceof ObjectNode object) {
                    options = object;
                } else {
                    problems.add(optionsFlag, "must be a JSON object such as '{\"key\": 1}', got " + text);
                }
            } catch (JsonProcessingException e) {
                problems.add(optionsFlag, "must be a JSON object such as '{\"key\": 1}', got " + text);
            }
        }
        if (!known.contains(type)) {
            problems.add(flag, "unknown " + flag.substring(2) + " \"" + type + "\"" + Suggestions.didYouMean(type, known)
                    + " (known: " + String.join(", ", known) + ")");
            return null;
        }
        return new ComponentSpec(type, options, optionsFlag);
    }

    private static List<String> functions(String text, Problems problems) {
        if (text == null) {
            return BenchPlan.DEFAULT_FUNCTIONS;
        }
        List<String> out = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            String trimmed = name.trim();
            if (!BenchTask.names().contains(trimmed)) {
                problems.add("--functions", "unknown function \"" + trimmed + "\""
                        + Suggestions.didYouMean(trimmed, BenchTask.names()) + " (known: "
                        + String.join(", ", BenchTask.names()) + ")");
            } else if (out.contains(trimmed)) {
                problems.add("--functions", trimmed + " is named twice");
            } else {
                out.add(trimmed);
            }
        }
        return out.isEmpty() ? BenchPlan.DEFAULT_FUNCTIONS : out;
    }

    private static int count(Map<String, String> flags, String flag, int defaultValue, Problems problems) {
        String text = flags.get(flag);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= MAX_COUNT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(flag, "must be an integer from 1 to " + MAX_COUNT + ", got \"" + text + "\"");
        return defaultValue;
    }

    private static double costPerStep(String text, Problems problems) {
        if (text == null) {
            return 1;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("--cost-per-step", "must be a number > 0, got \"" + text + "\"");
        return 1;
    }

    private static List<Integer> checkpoints(String text, int trials, Problems problems) {
        if (text == null) {
            return BenchPlan.defaultCheckpoints(trials);
        }
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                int c = Integer.parseInt(part.trim());
                if (c < 1 || c > trials || (!out.isEmpty() && c <= out.get(out.size() - 1))) {
                    problems.add("--checkpoints", "must be increasing budgets from 1 to --trials (" + trials
                            + "), got \"" + text + "\"");
                    return BenchPlan.defaultCheckpoints(trials);
                }
                out.add(c);
            } catch (NumberFormatException e) {
                problems.add("--checkpoints", "must be integers separated by commas, got \"" + text + "\"");
                return BenchPlan.defaultCheckpoints(trials);
            }
        }
        return out;
    }
}
