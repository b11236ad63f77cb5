package io.sparktune.store.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.store.ReportRules;
import io.sparktune.store.Reported;
import io.sparktune.store.Stores;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The writes of {@link HazelcastStudyStore}, one entry processor each. Each applies the rules every
 * store applies ({@link ReportRules}, {@link Trial#finished}, {@link Trial#retried},
 * {@link Stores#existing}); what it adds is how it recognises a repeat of itself (see
 * {@link StudyWrite}). Every time is an argument: a member never reads its own clock, so the owner and
 * a repeat on another member agree.
 */
final class StudyWrites {

    static final byte CREATE = 1;
    static final byte REPORT = 2;
    static final byte FINISH = 3;
    static final byte RETRY = 4;
    static final byte CLAIM = 5;
    static final byte HEARTBEAT = 6;
    static final byte STOP = 7;

    private StudyWrites() {
    }

    /**
     * Appends {@code trial}, proposed for number {@code trial.number()} while the caller held the
     * study's creation lock, if that number is still the next one. A repeat finds its trial already
     * there.
     */
    static final class Create extends StudyWrite<Trial> {

        private final Trial trial;

        Create(Trial trial) {
            this.trial = Objects.requireNonNull(trial, "trial");
        }

        @Override
        Outcome<Trial> apply(History history) {
            int number = trial.number();
            if (number == history.size()) {
                return new Outcome<>(trial, trial);
            }
            if (number < history.size() && history.trial(number).equals(trial)) {
                return new Outcome<>(null, trial);
            }
            throw new IllegalStateException("trial " + number + " was proposed as the next trial, but the study has "
                    + history.size() + " trials: another caller created trials without the study's creation lock");
        }

        @Override
        public byte tag() {
            return CREATE;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            StudyCodec.writeTrial(out, trial);
        }

        static Create read(ObjectDataInput in) throws IOException {
            return new Create(StudyCodec.readTrial(in));
        }
    }

    /**
     * A report and the scheduler's verdict on it ({@link ReportRules#apply}). A repeat is a report
     * equal to the last one of the same running attempt: it is answered as stored, with the trial's
     * stop reason if it has one, and not stored again. So a trainer that reports the same step and
     * value twice in a row has the second taken for a repeat of the first. The scheduler travels in
     * its serialized form, rebuilt once per member ({@link SchedulerForms}).
     */
    static final class Report extends StudyWrite<Reported> {

        private final int number;
        private final int attempt;
        private final io.sparktune.trial.Report report;
        private final Scheduler scheduler;
        private final Instant now;

        Report(int number, int attempt, io.sparktune.trial.Report report, Scheduler scheduler, Instant now) {
            this.number = number;
            this.attempt = attempt;
            this.report = Objects.requireNonNull(report, "report");
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            this.now = Objects.requireNonNull(now, "now");
        }

        @Override
        Outcome<Reported> apply(History history) {
            Trial trial = Stores.existing(history, number);
            if (attempt == trial.attemptIndex() && !trial.isFinished()
                    && trial.lastReport().equals(Optional.of(report))) {
                Verdict verdict = trial.stopReason() != null ? Verdict.stop(trial.stopReason()) : Verdict.CONTINUE;
                return new Outcome<>(null, new Reported(trial, report, verdict, true));
            }
            ReportRules.Applied applied = ReportRules.apply(history, number, attempt, report, scheduler, now);
            return new Outcome<>(applied.updated(), applied.reported());
        }

        @Override
        public byte tag() {
            return REPORT;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            out.writeInt(number);
            out.writeInt(attempt);
            StudyCodec.writeReport(out, report);
            out.writeByteArray(SchedulerForms.formOf(scheduler));
            StudyCodec.writeInstant(out, now);
        }

        static Report read(ObjectDataInput in) throws IOException {
            return new Report(in.readInt(), in.readInt(), StudyCodec.readReport(in),
                    SchedulerForms.schedulerOf(in.readByteArray()), StudyCodec.readInstant(in));
        }
    }

    /** Ends a running trial ({@link Trial#finished}); a repeat finds it ended exactly so. */
    static final class Finish extends StudyWrite<Trial> {

        private final int number;
        private final TrialState state;
        private final Double value;
        private final String reason;
        private final Instant now;

        Finish(int number, TrialState state, Double value, String reason, Instant now) {
            this.number = number;
            this.state = Objects.requireNonNull(state, "state");
            this.value = value;
            this.reason = reason;
            this.now = Objects.requireNonNull(now, "now");
        }

        @Override
        Outcome<Trial> apply(History history) {
            Trial trial = Stores.existing(history, number);
            if (trial.isFinished() && trial.state() == state && Objects.equals(trial.value(), value)
                    && Objects.equals(trial.reason(), reason) && now.equals(trial.endedAt())) {
                return new Outcome<>(null, trial);
            }
            Trial finished = trial.finished(state, value, reason, now);
            return new Outcome<>(finished, finished);
        }

        @Override
        public byte tag() {
            return FINISH;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            out.writeInt(number);
            out.writeByte(state.ordinal());
            StudyCodec.writeNullableDouble(out, value);
            out.writeString(reason);
            StudyCodec.writeInstant(out, now);
        }

        static Finish read(ObjectDataInput in) throws IOException {
            return new Finish(in.readInt(), TrialState.values()[in.readByte()], StudyCodec.readNullableDouble(in),
                    in.readString(), StudyCodec.readInstant(in));
        }
    }

    /**
     * Starts an ended trial again as a new attempt ({@link Trial#retried}); a repeat finds a later
     * attempt running since {@code now}.
     */
    static final class Retry extends StudyWrite<Trial> {

        private final int number;
        private final Instant now;

        Retry(int number, Instant now) {
            this.number = number;
            this.now = Objects.requireNonNull(now, "now");
        }

        @Override
        Outcome<Trial> apply(History history) {
            Trial trial = Stores.existing(history, number);
            if (!trial.isFinished() && trial.attemptIndex() > 0 && now.equals(trial.startedAt())) {
                return new Outcome<>(null, trial);
            }
            Trial retried = trial.retried(now);
            return new Outcome<>(retried, retried);
        }

        @Override
        public byte tag() {
            return RETRY;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            out.writeInt(number);
            StudyCodec.writeInstant(out, now);
        }

        static Retry read(ObjectDataInput in) throws IOException {
            return new Retry(in.readInt(), StudyCodec.readInstant(in));
        }
    }

    /** A worker's claim of an attempt ({@link ReportRules#claim}); the same worker may claim again. */
    static final class Claim extends StudyWrite<Boolean> {

        private final int number;
        private final int attempt;
        private final String worker;
        private final Instant now;

        Claim(int number, int attempt, String worker, Instant now) {
            this.number = number;
            this.attempt = attempt;
            this.worker = Objects.requireNonNull(worker, "worker");
            this.now = Objects.requireNonNull(now, "now");
        }

        @Override
        Outcome<Boolean> apply(History history) {
            Trial claimed = ReportRules.claim(history, number, attempt, worker, now);
            return new Outcome<>(claimed, claimed != null);
        }

        @Override
        public byte tag() {
            return CLAIM;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            out.writeInt(number);
            out.writeInt(attempt);
            out.writeString(worker);
            StudyCodec.writeInstant(out, now);
        }

        static Claim read(ObjectDataInput in) throws IOException {
            return new Claim(in.readInt(), in.readInt(), in.readString(), StudyCodec.readInstant(in));
        }
    }

    /** A sign of life of an attempt ({@link ReportRules#heartbeat}); repeating it changes nothing more. */
    static final class Heartbeat extends StudyWrite<Boolean> {

        private final int number;
        private final int attempt;
        private final Instant now;

        Heartbeat(int number, int attempt, Instant now) {
            this.number = number;
            this.attempt = attempt;
            this.now = Objects.requireNonNull(now, "now");
        }

        @Override
        Outcome<Boolean> apply(History history) {
            Trial alive = ReportRules.heartbeat(history, number, attempt, null, now);
            return new Outcome<>(alive, alive != null);
        }

        @Override
        public byte tag() {
            return HEARTBEAT;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            out.writeInt(number);
            out.writeInt(attempt);
            StudyCodec.writeInstant(out, now);
        }

        static Heartbeat read(ObjectDataInput in) throws IOException {
            return new Heartbeat(in.readInt(), in.readInt(), StudyCodec.readInstant(in));
        }
    }

    /** Tells a running trial to stop ({@link Trial#stopping}); the first reason stays, so a repeat changes nothing. */
    static final class Stop extends StudyWrite<Trial> {

        private final int number;
        private final String reason;

        Stop(int number, String reason) {
            this.number = number;
            this.reason = reason;
        }

        @Override
        Outcome<Trial> apply(History history) {
            Trial trial = Stores.existing(history, number);
            Trial stopping = trial.isFinished() ? trial : trial.stopping(reason);
            return new Outcome<>(stopping == trial ? null : stopping, stopping);
        }

        @Override
        public byte tag() {
            return STOP;
        }

        @Override
        public void write(ObjectDataOutput out) throws IOException {
            out.writeInt(number);
            out.writeString(reason);
        }

        static Stop read(ObjectDataInput in) throws IOException {
            return new Stop(in.readInt(), in.readString());
        }
    }
}
