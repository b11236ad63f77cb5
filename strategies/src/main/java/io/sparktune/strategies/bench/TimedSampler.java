package io.sparktune.strategies.bench;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.History;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;

/** A sampler that measures, with {@link System#nanoTime()}, how long the sampler it wraps takes per proposal. */
final class TimedSampler implements Sampler {

    private final Sampler sampler;
    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    TimedSampler(Sampler sampler) {
        this.sampler = Objects.requireNonNull(sampler, "sampler");
    }

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        long start = System.nanoTime();
        try {
            return sampler.propose(space, history, rng);
        } finally {
            nanos.add(System.nanoTime() - start);
            calls.increment();
        }
    }

    /** How many proposals were asked for. */
    long calls() {
        return calls.sum();
    }

    /** The time they took in all, in nanoseconds. */
    long nanos() {
        return nanos.sum();
    }
}
