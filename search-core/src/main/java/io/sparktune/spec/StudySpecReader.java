package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.random.Seeds;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.space.SearchSpace;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trainer.Trainers;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Objective;
import io.sparktune.trial.Reduce;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a study file: the one place where it is checked. Every problem of the file is collected,
 * each naming its JSON path ({@code $.space.lr.low: must be > 0 when log is true, got 0.0}), and all
 * of them are thrown at once as a {@link SpecException}. The format is described in
 * {@code docs/study-format.md}.
 */
public final class StudySpecReader {

    /** The fields a study file may have. */
    static final List<String> FIELDS = List.of("$schema", "name", "seed", "objective", "space", "strategy",
            "scheduler", "budget", "trainer");

    static final List<String> OBJECTIVE_FIELDS = List.of("metric", "direction", "reduce");
    static final List<String> REDUCES = List.of("best", "last");

    private static final List<String> DIRECTIONS = List.of("minimize", "maximize");

    private static final String DEFAULT_STRATEGY = "random";

    private StudySpecReader() {
    }

    /**
     * Reads the study file {@code file}; relative paths in it resolve against its folder.
     *
     * @throws SpecException with every problem of the file, or one naming the file when it cannot be read
     */
    public static StudySpec read(Path file) {
        return read(UserFile.read(file, "a study file"));
    }

    /** Reads a study file that was already read from disk; relative paths resolve against its folder. */
    public static StudySpec read(UserFile file) {
        return read(file.text(), file.folder());
    }

    /**
     * Reads a study from its JSON text.
     *
     * @param baseDirectory where relative paths in the study resolve
     * @throws SpecException with every problem of the study
     */
    public static StudySpec read(String json, Path baseDirectory) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Problems problems = new Problems();
        JsonNode root = JsonTree.parse(json, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        if (!root.isObject()) {
            problems.add("$", "a study file must hold a JSON object, got " + JsonKinds.describe(root));
            problems.throwIfAny();
        }
        StudySpec spec = new Reading(root, baseDirectory, problems).spec();
        problems.throwIfAny();
        return spec;
    }

    /**
     * Reads a search space (the {@code space} object of a study file) on its own, for code that
     * builds or converts spaces. Problems go to {@code problems} with paths under {@code path}.
     *
     * @return the space, or null when it had problems
     */
    public static SearchSpace readSpace(JsonNode spaceNode, String path, Problems problems) {
        return SpaceReader.read(spaceNode, path, problems);
    }

    /** One reading of one file; each part reads on even when another had problems. */
    private static final class Reading {

        private final Fields top;
        private final Path baseDirectory;
        private final Problems problems;
        private final int before;

        Reading(JsonNode root, Path baseDirectory, Problems problems) {
            this.top = Fields.of(root, "$", problems, FIELDS, "a study");
            this.baseDirectory = baseDirectory;
            this.problems = problems;
            this.before = problems.list().size();
        }

        StudySpec spec() {
            top.string("$schema", false);
            String name = top.nonBlank("name", true);
            Long seed = top.integer("seed", false, Long.MIN_VALUE);
            Objective objective = objective();
            SearchSpace space = top.has("space") ? readSpace(top.get("space"), top.path("space"), problems) : null;
            if (!top.has("space")) {
                top.problem("space", "is required (an object of parameters by name)");
            }
            ComponentSpec strategy = strategy();
            Optional<ComponentSpec> scheduler = scheduler();
            Budget budget = BudgetReader.read(top.get("budget"), top.path("budget"), problems);
            ComponentSpec trainer = trainer(name, seed, objective, space);
            top.rejectUnknown();
            if (problems.list().size() == before) {
                checkFirstProposal(space, strategy, objective, seed == null ? 0 : seed);
            }
            if (problems.list().size() > before) {
                return null;
            }
            return new StudySpec(name, seed == null ? 0 : seed, objective, space, strategy, scheduler, budget,
                    trainer, baseDirectory, top.node());
        }

        /**
         * Some strategy problems depend on the space (a grid over a float with neither step nor
         * gridPoints, a grid too large to list): the factory cannot see them, the first proposal does.
         * Proposing has no side effects, so validation makes one and keeps only its problems.
         */
        private void checkFirstProposal(SearchSpace space, ComponentSpec strategy, Objective objective, long seed) {
            try {
                Samplers.create(strategy).propose(space, History.empty(objective.direction()),
                        Seeds.forTrial(seed, 0));
            } catch (SpecException e) {
                e.problems().forEach(p -> problems.add(p.path(), p.message()));
            }
        }

        private Objective objective() {
            if (!top.has("objective")) {
                top.problem("objective", "is required, such as {\"metric\": \"loss\", \"direction\": \"minimize\"}");
                return null;
            }
            Fields f = Fields.of(top.get("objective"), top.path("objective"), problems, OBJECTIVE_FIELDS,
                    "an objective");
            if (f == null) {
                return null;
            }
            String metric = f.nonBlank("metric", true);
            String direction = f.string("direction", false);
            String reduce = f.string("reduce", false);
            f.rejectUnknown();
            boolean ok = metric != null;
            if (reduce != null && !REDUCES.contains(reduce)) {
                f.problem("reduce", "must be best or last, got \"" + reduce + "\""
                        + Suggestions.didYouMean(reduce, REDUCES));
                ok = false;
            } else if (reduce == null && f.has("reduce")) {
                ok = false;
            }
            if (direction != null && !DIRECTIONS.contains(direction)) {
                f.problem("direction", "must be minimize or maximize, got \"" + direction + "\""
                        + Suggestions.didYouMean(direction, DIRECTIONS));
                ok = false;
            } else if (direction == null && f.has("direction")) {
                ok = false;
            }
            if (!ok) {
                return null;
            }
            return new Objective(metric,
                    direction == null ? Direction.MINIMIZE
                            : Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT)),
                    reduce == null ? Reduce.BEST : Reduce.valueOf(reduce.toUpperCase(java.util.Locale.ROOT)));
        }

        private ComponentSpec strategy() {
            if (!top.has("strategy")) {
                ComponentSpec spec = ComponentSpec.of(DEFAULT_STRATEGY, "$.strategy.options");
                if (Samplers.registry().find(DEFAULT_STRATEGY).isEmpty()) {
                    top.problem("strategy", "is required: the default strategy \"" + DEFAULT_STRATEGY
                            + "\" is not installed (known: " + String.join(", ", Samplers.registry().names()) + ")");
                    return null;
                }
                check(spec);
                return spec;
            }
            ComponentSpec spec = ComponentReader.readTyped(top.get("strategy"), top.path("strategy"), problems,
                    "a strategy");
            if (spec != null) {
                check(spec);
            }
            return spec;
        }

        private void check(ComponentSpec strategy) {
            ComponentReader.check(Samplers.registry(), strategy, "$.strategy.type", "$.strategy",
                    SamplerFactory::create, problems);
        }

        private Optional<ComponentSpec> scheduler() {
            if (!top.has("scheduler")) {
                return Optional.empty();
            }
            ComponentSpec spec = ComponentReader.readTyped(top.get("scheduler"), top.path("scheduler"), problems,
                    "a scheduler");
            if (spec != null) {
                ComponentReader.check(Schedulers.registry(), spec, "$.scheduler.type", "$.scheduler",
                        (factory, options) -> factory.create(options), problems);
            }
            return Optional.ofNullable(spec);
        }

        private ComponentSpec trainer(String name, Long seed, Objective objective, SearchSpace space) {
            if (!top.has("trainer")) {
                top.problem("trainer", "is required, such as {\"type\": \"function\", \"name\": \"branin\"}");
                return null;
            }
            ComponentSpec spec = ComponentReader.readInline(top.get("trainer"), top.path("trainer"), problems);
            if (spec == null) {
                return null;
            }
            if (name == null || objective == null || space == null) {
                // Its options are checked against the study, which has problems of its own: check the type only.
                Trainers.registry().find(spec.type(), "$.trainer.type", problems);
                return spec;
            }
            TrainerSetup setup = new TrainerSetup(name, seed == null ? 0 : seed, objective, space, baseDirectory);
            ComponentReader.check(Trainers.registry(), spec, "$.trainer.type", "$.trainer",
                    (factory, options) -> factory.create(options, setup), problems);
            return spec;
        }
    }
}
