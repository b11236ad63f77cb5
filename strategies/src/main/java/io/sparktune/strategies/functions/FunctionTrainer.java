package io.sparktune.strategies.functions;

import io.sparktune.scheduler.Verdict;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Direction;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains nothing: evaluates a {@link BenchmarkFunction} at the trial's parameters
 * {@code x0 .. x(d-1)} and returns {@code f(x)}, plus Gaussian noise of standard deviation
 * {@code noise} drawn from {@code new SplittableRandom(context.seed())}, so a trial's value
 * depends only on its parameters and its seed.
 *
 * <p>With {@code steps > 0} it first reports a synthetic learning curve at steps {@code 1 .. steps}:
 * <pre>
 *   value(s) = f(x) + gap * (r^s - r^steps) / (1 - r^steps),   r = {@value #DECAY},
 *   gap = |f(x) - f*| + 1
 * </pre>
 * which starts {@code gap} worse than {@code f(x)} (above it when minimising, below it when
 * maximising), converges geometrically, and equals {@code f(x)} at the last step; each reported
 * value gets its own noise draw. Worse points start further away, so early reports rank trials as
 * their final values do, which is what schedulers assume. On a STOP verdict it returns the value
 * it last reported; otherwise the value of the last step. Stateless and thread-safe.
 */
public final class FunctionTrainer implements Trainer {

    /** The ratio r by which the learning curve's gap shrinks at each step. */
    public static final double DECAY = 0.7;

    private final BenchmarkFunction function;
    private final double noise;
    private final int steps;
    private final Direction direction;

    /**
     * @param noise the standard deviation of the Gaussian noise added to each value, {@code >= 0}
     * @param steps how many intermediate reports, {@code >= 0}
     * @param direction the study's direction: the curve starts on its worse side
     */
    public FunctionTrainer(BenchmarkFunction function, double noise, int steps, Direction direction) {
        this.function = Objects.requireNonNull(function, "function");
        FunctionTrainer.checkNoiseAndSteps(noise, steps);
        this.noise = noise;
        this.steps = steps;
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    public BenchmarkFunction function() {
        return function;
    }

    @Override
    public double train(TrialContext context) throws InterruptedException {
        double value = function.evaluate(point(context.params(), function.dimension()));
        SplittableRandom rng = new SplittableRandom(context.seed());
        if (steps == 0) {
            return value + noise(rng);
        }
        double gap = Math.abs(value - function.optimum()) + 1;
        double reported = value;
        for (int s = 1; s <= steps; s++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("trial " + context.number() + " was interrupted at step " + s);
            }
            reported = curve(value, gap, s, steps, direction) + noise(rng);
            Verdict verdict = context.reporter().report(s, reported);
            if (verdict.isStop()) {
                return reported;
            }
        }
        return reported;
    }

    /** The learning curve of the class comment at {@code step} of {@code steps}, without noise. */
    static double curve(double value, double gap, int step, int steps, Direction direction) {
        double remaining = (Math.pow(DECAY, step) - Math.pow(DECAY, steps)) / (1 - Math.pow(DECAY, steps));
        double worse = direction == Direction.MINIMIZE ? 1 : -1;
        return value + worse * gap * remaining;
    }

    private double noise(SplittableRandom rng) {
        return noise == 0 ? 0 : noise * rng.nextGaussian();
    }

    /** The coordinates {@code x0 .. x(d-1)} of {@code params}, or an exception naming what is missing. */
    static double[] point(Map<String, Object> params, int dimension) {
        double[] x = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            Object v = params.get("x" + i);
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException("parameter x" + i + " must be a number, but got "
                        + (v == null ? "no value" : v));
            }
            x[i] = n.doubleValue();
        }
        return x;
    }

    /** The checks both function trainers make of their noise and step count. */
    static void checkNoiseAndSteps(double noise, int steps) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise >= 0 must hold, but got noise=" + noise);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps >= 0 must hold, but got steps=" + steps);
        }
    }
}
