package io.sparktune.strategies.hyperband;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.strategies.hyperband.HyperbandBrackets.Bracket;
import io.sparktune.strategies.hyperband.HyperbandBrackets.Placement;
import io.sparktune.strategies.stopping.Cut;
import io.sparktune.strategies.stopping.Decimals;
import io.sparktune.strategies.stopping.StepValues;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.List;

/**
 * Hyperband (Li et al. 2018, "Hyperband: A Novel Bandit-Based Approach to Hyperparameter
 * Optimization", JMLR 18) in its stopping form: each bracket is successive halving, but no trial
 * waits for the others of its round; each is judged when it gets there, against what its bracket
 * has recorded so far.
 *
 * <p>Trials belong to bracket instances by number, as {@link HyperbandBrackets} describes. In
 * bracket {@code s}, a trial is judged at the end of each round {@code i < s}, at step {@code r_i}
 * (its first report at or past it; a report that passes several rounds' steps is judged at the
 * highest). The values recorded there by the trials of its bracket instance, itself included and
 * whatever their state, are ranked: the trial goes on if fewer than {@code n_(i+1)} have been
 * recorded, or if its value is at least as good as the {@code n_(i+1)}-th best (the cut); the
 * round keeps {@code n_(i+1)} trials, as in the paper. So the first {@code n_(i+1)} trials to
 * arrive always go on, and a later one must beat the cut. The reason names it all:
 * {@code "bracket s=3, round 1 (step 9): 0.412 is not in the top 3 of 7 trials (cut 0.388)"}.
 * Reports at or past {@code R}, and every report of bracket {@code s = 0}, are never stopped.
 *
 * <p>A pure function of its arguments; thread-safe.
 */
public final class HyperbandScheduler implements Scheduler {

    private static final long serialVersionUID = 1L;

    private final HyperbandBrackets brackets;

    public HyperbandScheduler(long R, int eta) {
        this.brackets = HyperbandBrackets.of(R, eta);
    }

    public HyperbandBrackets brackets() {
        return brackets;
    }

    @Override
    public Verdict judge(Trial trial, Report report, History history) {
        if (report.step() >= brackets.R()) {
            return Verdict.CONTINUE;
        }
        Placement placement = brackets.placement(trial.number());
        Bracket bracket = placement.bracket();
        int i = bracket.s() - 1;
        while (i >= 0 && bracket.rounds().get(i).r() > report.step()) {
            i--;
        }
        if (i < 0) {
            return Verdict.CONTINUE;
        }
        long step = bracket.rounds().get(i).r();
        if (!StepValues.reachesFirst(StepValues.before(trial, report), report, step)) {
            return Verdict.CONTINUE;
        }
        List<Double> recorded = new ArrayList<>();
        recorded.add(report.value());
        long end = Math.min(placement.first() + bracket.n(), history.size());
        for (long number = placement.first(); number < end; number++) {
            if (number != trial.number()) {
                StepValues.at(history.trial((int) number).reports(), step).ifPresent(recorded::add);
            }
        }
        int keep = (int) bracket.rounds().get(i + 1).n();
        if (recorded.size() <= keep) {
            return Verdict.CONTINUE;
        }
        Cut cut = Cut.kthBest(recorded, keep, history.direction());
        if (cut.admits(report.value())) {
            return Verdict.CONTINUE;
        }
        String[] shown = Decimals.distinct(report.value(), cut.value());
        return Verdict.stop("bracket s=" + bracket.s() + ", round " + i + " (step " + step + "): " + shown[0]
                + " is not in the top " + keep + " of " + recorded.size() + " trials (cut " + shown[1] + ")");
    }

    @Override
    public String toString() {
        return "hyperband(R=" + brackets.R() + ", eta=" + brackets.eta() + ")";
    }
}
