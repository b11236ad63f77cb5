package io.sparktune.strategies.evolution;

/**
 * How a population member ranks in a tournament; {@link #compareTo} orders better first.
 * Completed members rank by their loss; pruned ones after every completed one, the further they
 * got (the larger their last reported step) the better, then by loss, as Optuna ranks pruned
 * trials; members without a value (running, waiting, or pruned before any finite report) rank
 * last and tie among themselves.
 *
 * @param tier which of the three groups the member is in
 * @param step for a pruned member, the step of its last report; 0 otherwise
 * @param loss the value turned so that smaller is better ({@code Direction.asLoss}); 0 without a value
 */
record Fitness(Tier tier, long step, double loss) implements Comparable<Fitness> {

    /** The groups, best first. */
    enum Tier {
        COMPLETED,
        PRUNED,
        UNVALUED
    }

    static final Fitness UNVALUED = new Fitness(Tier.UNVALUED, 0, 0);

    Fitness {
        if (tier != Tier.UNVALUED && !Double.isFinite(loss)) {
            throw new IllegalArgumentException("a valued member needs a finite loss, but got loss=" + loss);
        }
    }

    static Fitness completed(double loss) {
        return new Fitness(Tier.COMPLETED, 0, loss);
    }

    static Fitness pruned(long step, double loss) {
        return new Fitness(Tier.PRUNED, step, loss);
    }

    boolean hasValue() {
        return tier != Tier.UNVALUED;
    }

    @Override
    public int compareTo(Fitness other) {
        int byTier = tier.compareTo(other.tier);
        if (byTier != 0 || tier == Tier.UNVALUED) {
            return byTier;
        }
        int byStep = Long.compare(other.step, step);
        return byStep != 0 ? byStep : Double.compare(loss, other.loss);
    }
}
