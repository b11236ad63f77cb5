package io.sparktune.study;

import io.sparktune.executor.TrialExecutor;
import io.sparktune.scheduler.Verdict;
import io.sparktune.store.Reported;
import io.sparktune.spec.Budget;
import io.sparktune.spec.Durations;
import io.sparktune.trainer.Reporter;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Study} on a {@link TrialExecutor} within a {@link Budget}. It keeps
 * {@code maxConcurrent} trials in flight and asks for a new one whenever a slot frees; the executor's
 * futures feed a completion queue that the runner's thread alone reads, so every tell happens on
 * that thread, and waiting never spins.
 *
 * <p>How a trial ends: a trainer that returns ends COMPLETED with its value (FAILED
 * {@code "objective is NaN"} when the value is not finite); one that returns after its reporter said
 * STOP ends PRUNED with the verdict's reason and its last reported value; one that throws ends FAILED
 * with the exception's message (its class name when it has none), and the study goes on. Reports
 * that come after a STOP are not stored.
 *
 * <p>The budget:
 * <ul>
 *   <li>{@code maxTrials} counts every trial the study holds, those of earlier runs included.</li>
 *   <li>{@code maxRetries}: a FAILED trial is started again as a new attempt of the same number, up
 *       to this many times, before it counts as a failure; every attempt is kept. A STALE trial (its
 *       worker or process was lost, which is not the trial's fault) is always started again, and
 *       each loss counts toward {@code maxFailures}.</li>
 *   <li>{@code maxFailures} counts the failures of this run. Once reached, no new trial starts;
 *       running trials are allowed to finish, so their work is not lost.</li>
 *   <li>{@code timeLimit}, measured on the injected clock from the start of {@link #run()}: no trial
 *       starts after it, and running trials are stopped, as Ray Tune's time budget does: the store
 *       is asked to stop them, so their next report is answered STOP with the reason
 *       {@code "time limit of 30m reached"}, and they end PRUNED. A trainer that never reports runs
 *       to its end.</li>
 * </ul>
 *
 * <p>A stop request ({@link StudyControl}, the dashboard's stop button) works as a time limit
 * does: no trial starts after it, the running ones are asked to stop with the request's reason and
 * end PRUNED at their next report, and the run ends {@link StopReason#STOPPED}.
 *
 * <p>Pruning is decided in the store: a trial whose store record holds a STOP
 * ({@link Trial#stopReason()}) when its trainer returns ends PRUNED, wherever it ran.
 *
 * <p>Leases: when the executor runs trials elsewhere it names a lease ({@link TrialExecutor#lease()}),
 * and its workers send heartbeats. The lease starts when a worker claims the attempt
 * ({@link io.sparktune.store.StudyStore#claim}), so an attempt waiting for a free slot is not lost. A
 * claimed RUNNING trial with no sign of life for that long ends STALE
 * ({@code "no heartbeat for 30s from executor 1"}) and is started again as a new attempt; whatever
 * the lost attempt still sends is refused by the store.
 *
 * <p>Resuming: trials that a durable store holds from an earlier run count toward {@code maxTrials};
 * RUNNING ones, left by a process that died, end STALE with the reason
 * {@value #STALE_REASON} and are started again.
 *
 * <p>Interrupting the thread that runs {@link #run()} ends the trials in flight FAILED with the
 * reason {@value #INTERRUPTED_REASON} (as Optuna does), answers STOP to their further reports,
 * restores the interrupt flag and returns; the caller closes the executor, which interrupts them.
 */
public final class StudyRunner {

    /** The reason given to a trial that was RUNNING when this runner started. */
    public static final String STALE_REASON = "its process stopped before it ended";
    /** The reason given to the trials in flight when the runner's thread is interrupted. */
    public static final String INTERRUPTED_REASON = "the study was interrupted";

    private final Study study;
    private final Budget budget;
    private final TrialExecutor executor;
    private final StudyListener listener;
    private final Clock clock;
    private final StudyControl control;

    public StudyRunner(Study study, Budget budget, TrialExecutor executor, StudyListener listener, Clock clock) {
        this(study, budget, executor, listener, clock, StudyControl.NONE);
    }

    /**
     * A runner that also heeds stop requests from {@code control}, asked at most every
     * {@link #CONTROL_INTERVAL} (the runner's wait for a trial is cut to that).
     */
    public StudyRunner(Study study, Budget budget, TrialExecutor executor, StudyListener listener, Clock clock,
            StudyControl control) {
        this.study = Objects.requireNonNull(study, "study");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.control = Objects.requireNonNull(control, "control");
    }

    /** How often a runner with a {@link StudyControl} asks it for a stop request. */
    public static final Duration CONTROL_INTERVAL = Duration.ofMillis(250);

    /**
     * Runs the study until its budget is spent or its sampler has nothing left, and returns why it
     * stopped. Exceptions of the sampler, the store or the executor end the run: they propagate, after
     * the trials in flight are ended FAILED.
     */
    public StudyOutcome run() {
        return new Run().execute();
    }

    private record Completion(RunningTrial trial, Double value, Throwable error) {
    }

    /** The state of one call to {@link #run()}; touched by the runner's thread only. */
    private final class Run {

        private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
        private final Map<Integer, RunningTrial> inFlight = new LinkedHashMap<>();
        private final Optional<Duration> lease = executor.lease();
        private final Deque<Integer> toRetry = new ArrayDeque<>();
        private Instant deadline;
        private int created;
        private int failures;
        private String lastFailure;
        private boolean exhausted;
        private StopReason stop;
        private String stopRequest;
        private Instant controlAskedAt;

        StudyOutcome execute() {
            deadline = budget.timeLimit().map(clock.instant()::plus).orElse(null);
            try {
                resume();
                while (true) {
                    checkTime();
                    checkControl();
                    fill();
                    if (inFlight.isEmpty()) {
                        return outcome(stop != null ? stop
                                : exhausted ? StopReason.SAMPLER_EXHAUSTED : StopReason.MAX_TRIALS);
                    }
                    Completion completion = next();
                    if (completion != null) {
                        handle(completion);
                    }
                }
            } catch (InterruptedException e) {
                abandonInFlight(INTERRUPTED_REASON);
                // Read the outcome first: a durable store's file lock refuses an interrupted thread.
                StudyOutcome outcome = outcome(StopReason.INTERRUPTED);
                Thread.currentThread().interrupt();
                return outcome;
            } catch (RuntimeException | Error e) {
                try {
                    abandonInFlight("the study stopped: " + describe(e));
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        private void resume() {
            var history = study.history();
            created = history.size();
            for (Trial left : history.inState(TrialState.RUNNING, TrialState.WAITING)) {
                ended(study.tell(left.number(), TrialState.STALE, null, STALE_REASON));
            }
        }

        private void checkTime() {
            if (stop == null && timeUp()) {
                stopAll(StopReason.TIME_LIMIT, timeLimitReason());
            }
        }

        /** Starts no more trials, and asks the store to stop the running ones for {@code reason}. */
        private void stopAll(StopReason why, String reason) {
            stop = why;
            for (int number : inFlight.keySet()) {
                study.requestStop(number, reason);
            }
        }

        /**
         * Asks the control for a stop request (at most every {@link #CONTROL_INTERVAL}); on one, starts
         * no more trials and asks the store to stop the running ones, so they end PRUNED at their next
         * report with the request's reason.
         */
        private void checkControl() {
            if (stop != null || control == StudyControl.NONE) {
                return;
            }
            Instant now = clock.instant();
            if (controlAskedAt != null && now.isBefore(controlAskedAt.plus(CONTROL_INTERVAL))) {
                return;
            }
            controlAskedAt = now;
            Optional<String> request = control.stopRequest();
            if (request.isPresent()) {
                stopRequest = request.get();
                stopAll(StopReason.STOPPED, stopRequest);
            }
        }

        /** Ends STALE the trials in flight whose workers have not been heard from for the lease. */
        private void checkLeases() {
            if (lease.isEmpty() || inFlight.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            var history = study.history();
            for (RunningTrial running : new ArrayList<>(inFlight.values())) {
                Trial trial = history.trial(running.number);
                Instant alive = trial.heartbeatAt() != null ? trial.heartbeatAt() : trial.startedAt();
                // The lease starts when a worker claims the attempt: one that waits for a free slot
                // (fewer cores than maxConcurrent, a worker lost) is not lost.
                if (trial.state() == TrialState.RUNNING && trial.attemptIndex() == running.attempt
                        && trial.worker() != null && alive != null && !alive.plus(lease.get()).isAfter(now)) {
                    inFlight.remove(running.number);
                    running.abandon("its attempt was given up: no heartbeat");
                    ended(study.tell(running.number, TrialState.STALE, null, "no heartbeat for "
                            + Durations.format(lease.get()) + (trial.worker() != null ? " from " + trial.worker() : "")));
                }
            }
        }

        private void fill() {
            while (stop == null && inFlight.size() < budget.maxConcurrent() && !toRetry.isEmpty()) {
                start(study.retry(toRetry.poll()));
            }
            while (stop == null && inFlight.size() < budget.maxConcurrent() && !exhausted && !allCreated()) {
                Optional<Trial> trial = study.ask();
                if (trial.isEmpty()) {
                    exhausted = true;
                } else {
                    created = Math.max(created, trial.get().number() + 1);
                    start(trial.get());
                }
            }
        }

        private boolean allCreated() {
            return budget.maxTrials().isPresent() && created >= budget.maxTrials().getAsInt();
        }

        private void start(Trial trial) {
            RunningTrial running = new RunningTrial(trial.number(), trial.attemptIndex(), this);
            inFlight.put(trial.number(), running);
            listener.trialStarted(trial);
            TrialContext context = new TrialContext(trial.number(), trial.attemptIndex(), trial.params(),
                    study.trainingSeed(trial.number()), running);
            CompletableFuture<Double> future = executor.submit(context);
            future.whenComplete((value, error) -> completions.add(new Completion(running, value, error)));
        }

        /**
         * The next completion; with a time limit ahead, waits no longer than until it, and with a
         * lease, no longer than a quarter of it before the leases are checked.
         */
        private Completion next() throws InterruptedException {
            long wait = Long.MAX_VALUE;
            if (stop == null && deadline != null) {
                wait = Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
            }
            if (lease.isPresent()) {
                wait = Math.min(wait, Math.max(1, lease.get().toMillis() / 4));
            }
            if (stop == null && control != StudyControl.NONE) {
                wait = Math.min(wait, CONTROL_INTERVAL.toMillis());
            }
            Completion completion = wait == Long.MAX_VALUE ? completions.take()
                    : completions.poll(wait, TimeUnit.MILLISECONDS);
            checkLeases();
            return completion;
        }

        private void handle(Completion completion) {
            RunningTrial running = completion.trial();
            if (inFlight.get(running.number) != running) {
                return; // an attempt given up already (STALE); its successor may be in flight
            }
            inFlight.remove(running.number);
            int number = running.number;
            Trial stored = study.trial(number);
            Trial trial;
            if (stored.isFinished() || stored.attemptIndex() != running.attempt) {
                return; // ended by someone else (another process told it), nothing left to record
            } else if (completion.error() != null) {
                trial = study.tell(number, TrialState.FAILED, null, describe(completion.error()));
            } else if (stored.stopReason() != null) {
                Double last = stored.lastReport().map(r -> r.value()).orElse(null);
                trial = study.tell(number, TrialState.PRUNED, last, stored.stopReason());
            } else if (completion.value() == null) {
                trial = study.tell(number, TrialState.FAILED, null, "the trainer returned no value");
            } else {
                trial = study.tell(number, TrialState.COMPLETED, completion.value(), null);
            }
            ended(trial);
        }

        /** Retries a failed or stale trial while its retries last; otherwise counts its failure. */
        private void ended(Trial trial) {
            listener.trialFinished(trial);
            if (trial.state() != TrialState.FAILED && trial.state() != TrialState.STALE) {
                return;
            }
            if (stop == null && trial.state() == TrialState.STALE) {
                toRetry.add(trial.number());
                countFailure(trial);
                return;
            }
            if (stop == null && trial.attempts().size() < budget.maxRetries()) {
                toRetry.add(trial.number());
                return;
            }
            countFailure(trial);
        }

        private void countFailure(Trial trial) {
            failures++;
            lastFailure = "trial " + trial.number() + ": " + trial.reason();
            if (stop == null && budget.maxFailures().isPresent() && failures >= budget.maxFailures().getAsInt()) {
                stop = StopReason.MAX_FAILURES;
            }
        }

        private void abandonInFlight(String reason) {
            for (RunningTrial running : new ArrayList<>(inFlight.values())) {
                running.abandon(reason);
                inFlight.remove(running.number);
                if (!study.trial(running.number).isFinished()) {
                    listener.trialFinished(study.tell(running.number, TrialState.FAILED, null, reason));
                }
            }
        }

        boolean timeUp() {
            return deadline != null && !clock.instant().isBefore(deadline);
        }

        String timeLimitReason() {
            return "time limit of " + Durations.format(budget.timeLimit().orElseThrow()) + " reached";
        }

        private StudyOutcome outcome(StopReason reason) {
            var history = study.history();
            return new StudyOutcome(reason, message(reason, history.size()), history, history.best());
        }

        private String message(StopReason reason, int trials) {
            return switch (reason) {
                case MAX_TRIALS -> "ran " + plural(trials) + " (maxTrials " + budget.maxTrials().orElse(trials) + ")";
                case SAMPLER_EXHAUSTED -> "the sampler had nothing left to propose after " + plural(trials);
                case TIME_LIMIT -> timeLimitReason() + " after " + plural(trials);
                case MAX_FAILURES -> "stopped after " + failures + " failed trial" + (failures == 1 ? "" : "s")
                        + " (maxFailures " + budget.maxFailures().orElse(failures) + "); last failure: " + lastFailure;
                case INTERRUPTED -> "interrupted after " + plural(trials) + "; the trials still running ended failed";
                case STOPPED -> "stopped on request (" + stopRequest + ") after " + plural(trials);
            };
        }
    }

    private static String plural(int trials) {
        return trials + (trials == 1 ? " trial" : " trials");
    }

    /** What a person reads of a trainer's exception: its message, or its class's simple name. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** A trial in flight and the reporter it was handed. Its methods are called from its trainer's thread. */
    private final class RunningTrial implements Reporter {

        final int number;
        final int attempt;
        private final Run run;
        private String abandoned;

        RunningTrial(int number, int attempt, Run run) {
            this.number = number;
            this.attempt = attempt;
            this.run = run;
        }

        @Override
        public synchronized Verdict report(long step, double value) {
            if (abandoned != null) {
                return Verdict.stop(abandoned);
            }
            Reported reported = study.record(number, attempt, step, value);
            Verdict verdict = reported.verdict();
            if (!verdict.isStop() && run.timeUp()) {
                study.requestStop(number, run.timeLimitReason());
                verdict = Verdict.stop(run.timeLimitReason());
            }
            if (reported.stored()) {
                listener.trialReported(reported.trial(), reported.report(), verdict);
            }
            return verdict;
        }

        synchronized void abandon(String reason) {
            abandoned = reason;
        }
    }
}
