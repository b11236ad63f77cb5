package io.sparktune.strategies.asha;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.strategies.stopping.Cut;
import io.sparktune.strategies.stopping.Decimals;
import io.sparktune.strategies.stopping.StepValues;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.List;

/**
 * Asynchronous successive halving, stopping form (Li et al. 2020, "A System for Massively Parallel
 * Hyperparameter Tuning", MLSys; as Ray Tune's {@code ASHAScheduler} and Syne Tune's stopping ASHA):
 * instead of pausing trials and promoting the best, every trial runs on until a rung judges it.
 *
 * <p>Symbols: {@code r} = {@code gracePeriod}, the minimum resource; {@code eta} =
 * {@code reductionFactor}; {@code R} = {@code maxT}, the largest step. The rungs of bracket
 * {@code b} (early-stopping rate {@code s = b}) are the steps {@code r * eta^(b + k)} below
 * {@code maxT}, for {@code k = 0, 1, ...}; with one bracket, {@code r, r*eta, r*eta^2, ...}.
 *
 * <p>The rule. A trial is judged at a rung once: at its first report whose step is at or past the
 * rung (a trial reporting every second step is judged at rung 3 by its report at step 4). A report
 * that passes several rungs not yet reached is judged at the highest of them, as in Ray Tune. The
 * value a trial records at a rung is that of its first report at or past it
 * ({@link StepValues#at}). Of the {@code n} trials of the same bracket that have recorded a value at
 * the rung, itself included, whatever their state (running, completed, pruned or failed: a value
 * once recorded stays), the trial goes on only if its value is at least as good as the cut, the
 * {@code ceil(n / eta)}-th best value: it must be in the top {@code 1/eta}. So the first trial at a
 * rung always goes on, and while fewer than {@code eta} have recorded, only the best so far does.
 * Otherwise the verdict is STOP with a reason such as
 * {@code "rung 2 (step 9): 0.412 is not in the top 1/3 of 7 trials (cut 0.388)"}, prefixed with
 * {@code "bracket 1, "} when there are several brackets; rungs are numbered from 0 within their
 * bracket. Reports at or past {@code maxT} are never stopped: ending there is the trial's own
 * business, and it ends COMPLETED.
 *
 * <p>With {@code brackets > 1}, asynchronous Hyperband: bracket {@code b}'s rungs start at
 * {@code r * eta^b}, trials are spread over the brackets by their number alone as
 * {@link AshaBrackets} describes, and only trials of the same bracket compare.
 *
 * <p>A pure function of its arguments; thread-safe.
 */
public final class AshaScheduler implements Scheduler {

    private static final long serialVersionUID = 1L;

    private final long maxT;
    private final long gracePeriod;
    private final int reductionFactor;
    private final AshaBrackets brackets;

    /**
     * @param maxT the largest step: no rung at or above it, and reports there are never stopped
     * @param gracePeriod the first rung, {@code 1 <= gracePeriod < maxT}
     * @param reductionFactor eta, {@code >= 2}: a rung keeps the top {@code 1/eta}
     * @param brackets how many brackets, from 1 to {@link #maxBrackets}
     */
    public AshaScheduler(long maxT, long gracePeriod, int reductionFactor, int brackets) {
        if (maxT < 2 || maxT > StepValues.MAX_STEP) {
            throw new IllegalArgumentException("2 <= maxT <= " + StepValues.MAX_STEP + " must hold, but got maxT=" + maxT);
        }
        if (gracePeriod < 1 || gracePeriod >= maxT) {
            throw new IllegalArgumentException("1 <= gracePeriod < maxT must hold, but got gracePeriod=" + gracePeriod
                    + ", maxT=" + maxT);
        }
        if (reductionFactor < 2 || reductionFactor > 1000) {
            throw new IllegalArgumentException("2 <= reductionFactor <= 1000 must hold, but got reductionFactor="
                    + reductionFactor);
        }
        int most = maxBrackets(maxT, gracePeriod, reductionFactor);
        if (brackets < 1 || brackets > most) {
            throw new IllegalArgumentException("1 <= brackets <= " + most + " must hold for maxT=" + maxT
                    + ", gracePeriod=" + gracePeriod + ", reductionFactor=" + reductionFactor + ", but got brackets="
                    + brackets);
        }
        this.maxT = maxT;
        this.gracePeriod = gracePeriod;
        this.reductionFactor = reductionFactor;
        this.brackets = new AshaBrackets(maxT, gracePeriod, reductionFactor, brackets);
    }

    /**
     * The most brackets these settings allow: one per rung of the first bracket, plus one without
     * rungs (whose trials are never stopped, like Hyperband's bracket {@code s = 0}).
     */
    public static int maxBrackets(long maxT, long gracePeriod, int reductionFactor) {
        return AshaBrackets.rungs(maxT, gracePeriod, reductionFactor, 0).size() + 1;
    }

    public long maxT() {
        return maxT;
    }

    public long gracePeriod() {
        return gracePeriod;
    }

    public int reductionFactor() {
        return reductionFactor;
    }

    public int brackets() {
        return brackets.count();
    }

    /** The steps of bracket {@code bracket}'s rungs, ascending. */
    public List<Long> rungs(int bracket) {
        return brackets.rungs(bracket);
    }

    /** The bracket trial {@code number} belongs to; always 0 with one bracket. */
    public int bracketOf(int number) {
        return brackets.bracketOf(number);
    }

    @Override
    public Verdict judge(Trial trial, Report report, History history) {
        if (report.step() >= maxT) {
            return Verdict.CONTINUE;
        }
        int bracket = bracketOf(trial.number());
        List<Long> rungs = brackets.rungs(bracket);
        int k = rungs.size() - 1;
        while (k >= 0 && rungs.get(k) > report.step()) {
            k--;
        }
        if (k < 0 || !StepValues.reachesFirst(StepValues.before(trial, report), report, rungs.get(k))) {
            return Verdict.CONTINUE;
        }
        long rung = rungs.get(k);
        List<Double> recorded = new ArrayList<>();
        recorded.add(report.value());
        for (Trial other : history.trials()) {
            if (other.number() != trial.number() && bracketOf(other.number()) == bracket) {
                StepValues.at(other.reports(), rung).ifPresent(recorded::add);
            }
        }
        int n = recorded.size();
        Cut cut = Cut.kthBest(recorded, (n + reductionFactor - 1) / reductionFactor, history.direction());
        if (cut.admits(report.value())) {
            return Verdict.CONTINUE;
        }
        String[] shown = Decimals.distinct(report.value(), cut.value());
        return Verdict.stop((brackets.count() > 1 ? "bracket " + bracket + ", " : "") + "rung " + k + " (step " + rung
                + "): " + shown[0] + " is not in the top 1/" + reductionFactor + " of " + n + " trials (cut " + shown[1]
                + ")");
    }

    @Override
    public String toString() {
        return "asha(maxT=" + maxT + ", gracePeriod=" + gracePeriod + ", reductionFactor=" + reductionFactor
                + ", brackets=" + brackets.count() + ")";
    }
}
