package io.sparktune.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Scheduler} keeps. An implementation's test extends this class and
 * supplies {@link #newScheduler()}, configured for trials that report at steps
 * {@code 1 .. }{@value #STEPS} (an ASHA with rungs below 27, a Hyperband with {@code R = 27}).
 *
 * <p>Most checks run on a {@linkplain #replay replay}: {@value #TRIALS} trials with noisy learning
 * curves of {@value #STEPS} steps start one tick apart and report one step per tick, so that many
 * run at once, as in a parallel study; a STOP ends a trial PRUNED, and a trial that reaches its last
 * step ends COMPLETED. Trial {@value #BEST} is better than every other trial at every step. Values
 * are short decimals (three places), so that a reason can be checked for the numbers it shows.
 */
public abstract class SchedulerContract {

    /** How many trials the replay holds. */
    protected static final int TRIALS = 40;
    /** How many steps each trial of the replay reports: 1 .. STEPS. */
    protected static final int STEPS = 27;
    /** The trial of the replay that is better than every other at every step. */
    protected static final int BEST = 20;

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Pattern STEP = Pattern.compile("step (\\d+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E[-+]?\\d+)?|NaN|Infinity");

    /** A fresh scheduler, configured as the test wants it. */
    protected abstract Scheduler newScheduler();

    /** One call of a scheduler in a replay: what it was given and what it answered. */
    public record Judgement(Trial trial, Report report, History history, Verdict verdict) {
    }

    /**
     * The learning curves of the replay: {@value #TRIALS} trials of {@value #STEPS} steps, as
     * minimisation curves that fall towards each trial's own final quality, with noise, rounded to
     * three decimals; trial {@value #BEST} lies 0.05 below the best of the others at every step.
     */
    public static double[][] contractCurves() {
        SplittableRandom rng = new SplittableRandom(2024);
        double[][] curves = new double[TRIALS][STEPS];
        for (int k = 0; k < TRIALS; k++) {
            double quality = 0.1 + 0.9 * rng.nextDouble();
            for (int s = 0; s < STEPS; s++) {
                curves[k][s] = round3(quality + (0.5 + quality) * Math.pow(0.8, s + 1) + 0.03 * rng.nextGaussian());
            }
        }
        for (int s = 0; s < STEPS; s++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < TRIALS; k++) {
                if (k != BEST) {
                    best = Math.min(best, curves[k][s]);
                }
            }
            curves[BEST][s] = round3(best - 0.05);
        }
        return curves;
    }

    /** {@code curves} with every value negated: the same study, maximised. */
    public static double[][] negated(double[][] curves) {
        return Arrays.stream(curves).map(c -> Arrays.stream(c).map(v -> -v).toArray()).toArray(double[][]::new);
    }

    /**
     * Runs {@code scheduler} over trials with these learning curves: trial {@code k} starts at tick
     * {@code k * stagger} and reports {@code curves[k][s - 1]} at step {@code s}, one step per tick;
     * within a tick, trials report in number order. Each report is judged against the history as it
     * is then; a STOP ends the trial PRUNED with the verdict's reason and its last value, and the last
     * step ends it COMPLETED. Returns every judgement, in order.
     */
    public static List<Judgement> replay(Scheduler scheduler, Direction direction, double[][] curves, int stagger) {
        List<Judgement> judgements = new ArrayList<>();
        List<Trial> trials = new ArrayList<>();
        for (int tick = 0; trials.size() < curves.length || trials.stream().anyMatch(t -> !t.isFinished()); tick++) {
            while (trials.size() < curves.length && (long) trials.size() * stagger <= tick) {
                trials.add(Trial.created(trials.size(), java.util.Map.of(), TrialState.RUNNING, T0.plusSeconds(tick)));
            }
            for (int k = 0; k < trials.size(); k++) {
                Trial trial = trials.get(k);
                if (trial.isFinished()) {
                    continue;
                }
                int index = trial.reports().size();
                Report report = new Report(index + 1, curves[k][index]);
                trial = trial.withReport(report, trial.createdAt());
                trials.set(k, trial);
                History history = new History(direction, trials);
                Verdict verdict = scheduler.judge(trial, report, history);
                judgements.add(new Judgement(trial, report, history, verdict));
                Instant now = T0.plusSeconds(tick + 1);
                if (verdict.isStop()) {
                    trials.set(k, trial.finished(TrialState.PRUNED, report.value(), verdict.reason(), now));
                } else if (index + 1 == curves[k].length) {
                    trials.set(k, trial.finished(TrialState.COMPLETED, report.value(), null, now));
                }
            }
        }
        return judgements;
    }

    /** The verdict of {@code scheduler} on the last report of trial {@code number} of {@code history}. */
    public static Verdict judgeLast(Scheduler scheduler, History history, int number) {
        Trial trial = history.trial(number);
        return scheduler.judge(trial, trial.lastReport().orElseThrow(), history);
    }

    /** The replay every test of this contract runs: the contract curves, minimised, one tick apart. */
    protected List<Judgement> contractReplay() {
        return replay(newScheduler(), Direction.MINIMIZE, contractCurves(), 1);
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static List<Judgement> stops(List<Judgement> judgements) {
        return judgements.stream().filter(j -> j.verdict().isStop()).toList();
    }

    @Test
    void aSerializedCopyJudgesAsTheOriginalDoes() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(newScheduler());
        }
        Scheduler copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Scheduler) in.readObject();
        }
        List<Verdict> original = contractReplay().stream().map(Judgement::verdict).toList();
        List<Verdict> copied = replay(copy, Direction.MINIMIZE, contractCurves(), 1).stream()
                .map(Judgement::verdict).toList();
        assertEquals(original, copied);
    }

    @Test
    void theReplayStopsSomeTrialsAndLetsOthersComplete() {
        List<Judgement> judgements = contractReplay();
        long stopped = stops(judgements).size();
        assertTrue(stopped > 0, "the contract's replay must stop some trial, or its checks of STOP verdicts are empty");
        assertTrue(stopped < TRIALS, "the scheduler stopped every trial of the replay");
    }

    @Test
    void everyStopHasAReasonThatNamesTheStepAndTheNumbers() {
        for (Judgement j : stops(contractReplay())) {
            String reason = j.verdict().reason();
            assertFalse(reason.isBlank(), "a STOP without a reason");
            Matcher step = STEP.matcher(reason);
            assertTrue(step.find(), () -> "the reason names no step: " + reason);
            long named = Long.parseLong(step.group(1));
            assertTrue(named >= 1 && named <= j.report().step(), () -> "the reason of a report at step "
                    + j.report().step() + " names step " + named + ": " + reason);
            boolean namesAValue = j.trial().reports().stream()
                    .map(r -> BigDecimal.valueOf(r.value()).stripTrailingZeros().toPlainString())
                    .anyMatch(reason::contains);
            assertTrue(namesAValue, () -> "the reason names none of the trial's values " + j.trial().reports()
                    + ": " + reason);
            long numbers = NUMBER.matcher(reason).results().count();
            assertTrue(numbers >= 3, () -> "the reason should name the step, the trial's value and what it is "
                    + "compared with: " + reason);
        }
    }

    @Test
    void verdictsAreDeterministic() {
        List<Judgement> first = contractReplay();
        assertEquals(first, contractReplay(), "a fresh scheduler replays the study differently");
        Scheduler reused = newScheduler();
        replay(reused, Direction.MAXIMIZE, negated(contractCurves()), 3);
        assertEquals(verdicts(first), verdicts(replay(reused, Direction.MINIMIZE, contractCurves(), 1)),
                "a scheduler that judged another study must still judge this one as a fresh one does");
        List<Judgement> backwards = new ArrayList<>(first);
        java.util.Collections.reverse(backwards);
        for (Judgement j : backwards) {
            assertEquals(j.verdict(), reused.judge(j.trial(), j.report(), j.history()),
                    () -> "judging trial " + j.trial().number() + " at step " + j.report().step() + " again");
        }
    }

    @Test
    void verdictsAreTheSameFromSeveralThreadsAtOnce() throws Exception {
        List<Judgement> judgements = contractReplay();
        Scheduler shared = newScheduler();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                tasks.add(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < judgements.size(); i++) {
                        Judgement j = judgements.get((i * 7 + offset * 101) % judgements.size());
                        Verdict got = shared.judge(j.trial(), j.report(), j.history());
                        if (!got.equals(j.verdict())) {
                            mismatches.add("trial " + j.trial().number() + " at step " + j.report().step()
                                    + ": expected " + j.verdict() + ", got " + got);
                        }
                    }
                    return mismatches;
                });
            }
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                List<String> mismatches = result.get(60, TimeUnit.SECONDS);
                if (!mismatches.isEmpty()) {
                    fail(mismatches.size() + " concurrent verdicts differ from sequential ones, such as "
                            + mismatches.get(0));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void doesNotModifyTheHistory() {
        Scheduler scheduler = newScheduler();
        for (Judgement j : contractReplay()) {
            List<Trial> before = List.copyOf(j.history().trials());
            Trial trial = j.trial();
            scheduler.judge(trial, j.report(), j.history());
            assertEquals(before, j.history().trials());
            assertEquals(trial, j.trial());
        }
    }

    @Test
    void theFirstTrialIsNeverStopped() {
        double[] erratic = {9.5, 0.25, 7.75, 1e6, -3.5, 0.125, 42.5, 8.25, 9.125};
        for (Direction direction : Direction.values()) {
            Scheduler scheduler = newScheduler();
            List<Report> reports = new ArrayList<>();
            for (int s = 1; s <= STEPS; s++) {
                reports.add(new Report(s, erratic[s % erratic.length]));
                Trial first = HistoryLiteral.trialOf(0, TrialState.RUNNING, reports);
                History alone = new History(direction, List.of(first));
                History withWaiting = HistoryLiteral.of(direction).trial(TrialState.RUNNING, reports.toArray(Report[]::new))
                        .waiting().trial(TrialState.RUNNING).build();
                assertEquals(Verdict.CONTINUE, scheduler.judge(first, reports.get(s - 1), alone),
                        direction + ", step " + s + " of the only trial");
                assertEquals(Verdict.CONTINUE, scheduler.judge(first, reports.get(s - 1), withWaiting),
                        direction + ", step " + s + " of the only trial with reports");
            }
        }
    }

    @Test
    void aTrialThatIsBestAtEveryStepIsNeverStopped() {
        List<Judgement> best = contractReplay().stream().filter(j -> j.trial().number() == BEST).toList();
        assertEquals(STEPS, best.size(), "trial " + BEST + " reported " + best.size() + " steps");
        for (Judgement j : best) {
            assertEquals(Verdict.CONTINUE, j.verdict(), "trial " + BEST + " at step " + j.report().step());
        }
        List<Judgement> mirrored = replay(newScheduler(), Direction.MAXIMIZE, negated(contractCurves()), 1).stream()
                .filter(j -> j.trial().number() == BEST).toList();
        assertTrue(mirrored.stream().noneMatch(j -> j.verdict().isStop()), "trial " + BEST + " maximised: " + mirrored);
    }

    @Test
    void aMirroredStudyGetsTheSameVerdicts() {
        for (int stagger : new int[] {1, 2, 5}) {
            List<Judgement> minimized = replay(newScheduler(), Direction.MINIMIZE, contractCurves(), stagger);
            List<Judgement> maximized = replay(newScheduler(), Direction.MAXIMIZE, negated(contractCurves()), stagger);
            assertEquals(decisions(minimized), decisions(maximized), "stagger " + stagger);
            Scheduler scheduler = newScheduler();
            for (Judgement j : minimized) {
                Verdict mirrored = scheduler.judge(HistoryLiteral.mirror(j.trial()), HistoryLiteral.mirror(j.report()),
                        HistoryLiteral.mirror(j.history()));
                assertEquals(j.verdict().decision(), mirrored.decision(),
                        () -> "trial " + j.trial().number() + " at step " + j.report().step() + ": " + j.verdict());
            }
        }
    }

    private static List<Verdict> verdicts(List<Judgement> judgements) {
        return judgements.stream().map(Judgement::verdict).toList();
    }

    private static List<String> decisions(List<Judgement> judgements) {
        return judgements.stream()
                .map(j -> j.trial().number() + "@" + j.report().step() + ":" + j.verdict().decision())
                .toList();
    }
}
