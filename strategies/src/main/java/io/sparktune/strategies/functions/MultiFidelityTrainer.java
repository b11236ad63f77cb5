package io.sparktune.strategies.functions;

import io.sparktune.scheduler.Verdict;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrialContext;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Evaluates a {@link MultiFidelityFunction} at a trial's parameters, the fidelity playing the epoch:
 * with {@code steps = S > 0} it reports {@code f(x, s / S)} at each step {@code s = 1 .. S} and
 * returns the value of the last step it reached (it stops after a STOP verdict); with {@code S = 0}
 * it returns {@code f(x, 1)} without reports. Gaussian noise of standard deviation {@code noise} is
 * added to each value. The function's sampling and the noise draw from generators seeded by the
 * trial's seed only. Stateless and thread-safe.
 */
public final class MultiFidelityTrainer implements Trainer {

    private final MultiFidelityFunction function;
    private final double noise;
    private final int steps;

    /**
     * @param noise the standard deviation of the Gaussian noise added to each value, {@code >= 0}
     * @param steps how many fidelities to report, {@code >= 0}
     */
    public MultiFidelityTrainer(MultiFidelityFunction function, double noise, int steps) {
        this.function = Objects.requireNonNull(function, "function");
        FunctionTrainer.checkNoiseAndSteps(noise, steps);
        this.noise = noise;
        this.steps = steps;
    }

    public MultiFidelityFunction function() {
        return function;
    }

    public int steps() {
        return steps;
    }

    /** The fidelity of {@code step} of {@code steps}: {@code step / steps}. */
    static double fidelity(int step, int steps) {
        return (double) step / steps;
    }

    @Override
    public double train(TrialContext context) throws InterruptedException {
        SplittableRandom root = new SplittableRandom(context.seed());
        MultiFidelityFunction.Evaluation evaluation = function.evaluation(context.params(), root.nextLong());
        SplittableRandom noiseRng = root.split();
        if (steps == 0) {
            return evaluation.at(1) + noise(noiseRng);
        }
        double reported = Double.NaN;
        for (int s = 1; s <= steps; s++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("trial " + context.number() + " was interrupted at step " + s);
            }
            reported = evaluation.at(fidelity(s, steps)) + noise(noiseRng);
            Verdict verdict = context.reporter().report(s, reported);
            if (verdict.isStop()) {
                return reported;
            }
        }
        return reported;
    }

    private double noise(SplittableRandom rng) {
        return noise == 0 ? 0 : noise * rng.nextGaussian();
    }
}
