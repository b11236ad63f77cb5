package io.sparktune.spec;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerFactory;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerFactory;
import io.sparktune.trainer.TrainerSetup;
import java.util.List;
import java.util.Optional;

/**
 * Small components registered for search-core's own tests only (the test-jar leaves their
 * registrations out): they read options the way real ones do, so that the reader's handling of
 * option problems can be tested without the strategies module.
 */
public final class TestComponents {

    private TestComponents() {
    }

    /** {@code random}: takes no options. */
    public static final class RandomSampler implements SamplerFactory {
        @Override
        public String type() {
            return "random";
        }

        @Override
        public Sampler create(Options options) {
            return (space, history, rng) -> Optional.empty();
        }
    }

    /** {@code grid}: {@code gridPoints}, an integer >= 2. */
    public static final class GridSampler implements SamplerFactory {
        @Override
        public String type() {
            return "grid";
        }

        @Override
        public Sampler create(Options options) {
            options.getInt("gridPoints", 10, 2, 1_000_000);
            return (space, history, rng) -> Optional.empty();
        }
    }

    /** {@code broken}: throws, as a faulty factory would. */
    public static final class BrokenSampler implements SamplerFactory {
        @Override
        public String type() {
            return "broken";
        }

        @Override
        public Sampler create(Options options) {
            String seed = options.raw("seed").map(Object::toString).orElse(null);
            String stripped = seed.strip();
            return (space, history, rng) -> Optional.of(java.util.Map.of("x", stripped));
        }
    }

    /** {@code median}: {@code minTrials}, an integer >= 1. */
    public static final class MedianScheduler implements SchedulerFactory {
        @Override
        public String type() {
            return "median";
        }

        @Override
        public Scheduler create(Options options) {
            options.getInt("minTrials", 5, 1, Integer.MAX_VALUE);
            return Scheduler.none();
        }
    }

    /** {@code function}: {@code name}, one of the analytic functions. */
    public static final class FunctionTrainer implements TrainerFactory {
        @Override
        public String type() {
            return "function";
        }

        @Override
        public Trainer create(Options options, TrainerSetup setup) {
            options.getChoice("name", null,
                    List.of("ackley", "branin", "hartmann3", "hartmann6", "levy", "rosenbrock"));
            return context -> 0.0;
        }
    }

    /** {@code command}: {@code command}, a list of strings; refuses to run with no space. */
    public static final class CommandTrainer implements TrainerFactory {
        @Override
        public String type() {
            return "command";
        }

        @Override
        public Trainer create(Options options, TrainerSetup setup) {
            if (!options.has("command")) {
                options.problem("command", "is required");
            }
            options.getStringList("command", List.of());
            if (setup.space().size() > 100) {
                throw new IllegalStateException("too many parameters for a command line");
            }
            return context -> 0.0;
        }
    }
}
