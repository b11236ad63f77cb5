/**
 * A {@link io.sparktune.store.StudyStore} on the control plane's Hazelcast maps: the driver, the
 * Spark executors and the dashboard all read and write the same studies.
 *
 * <h2>Layout</h2>
 * Two maps, both keyed by the study id: {@value io.sparktune.store.hazelcast.HazelcastStudies#STUDIES_MAP}
 * holds each study's {@link io.sparktune.store.hazelcast.StudyRecord} (what the study is), and
 * {@value io.sparktune.store.hazelcast.HazelcastStudies#STATE_MAP} its whole state, one immutable
 * {@link io.sparktune.trial.History}, as one entry. A third map,
 * {@value io.sparktune.store.hazelcast.HazelcastStudies#CREATION_LOCKS}, holds no entries, only a lock
 * per study for trial creation.
 *
 * <h2>One entry per study, written by entry processors</h2>
 * Every write ({@code report}, {@code claim}, {@code heartbeat}, {@code requestStop}, {@code finish},
 * {@code retry}, and the commit of {@code createTrial}) is one entry processor on the study's key
 * ({@link io.sparktune.store.hazelcast.StudyWrites}). It runs on the partition thread of the member
 * that owns the study, where no other write to the study can interleave, and applies the same pure
 * rules as the in-memory store ({@link io.sparktune.store.ReportRules},
 * {@link io.sparktune.trial.Trial#finished}, {@link io.sparktune.trial.Trial#retried}). So a report and
 * the scheduler's verdict on it are one atomic step in one round trip: the scheduler (a
 * {@link java.io.Serializable} value) travels in the processor and judges next to the history, and two
 * trials reporting at the same rung at the same moment are judged one after the other, each seeing
 * the other's report or not at all. A processor answers only what its caller needs (the trial, or
 * the {@link io.sparktune.store.Reported}), never the history. Per-trial entries were the alternative:
 * a scheduler judges a report against every trial of the study, so it would have to read them all
 * (one more round trip at least, and no atomicity) or lock the study anyway.
 *
 * <p>The state map keeps its values as objects on the members ({@code OBJECT} in-memory format), so a
 * processor works on the stored {@code History} without deserialising it, and replaces it with the
 * next immutable one. Reading the history is one {@code get}; reading one trial is a read-only
 * processor that sends back that trial only.
 *
 * <h2>Trial creation</h2>
 * The proposer (the sampler) runs in the caller, not on the member: it may be slow (TPE on a long
 * history), and it is not the member's code to run. {@code createTrial} takes the study's creation
 * lock ({@code IMap.lock}, open-source, not CP; Hazelcast releases it when its holder's process dies),
 * reads the history, proposes, and commits with a processor that checks the number is still the next
 * one, then unlocks. The lock is on another map than the state on purpose: Hazelcast makes entry
 * processors wait on a locked key, and reports must not wait for a proposal.
 *
 * <h2>Failures</h2>
 * The maps have one synchronous backup (see {@link io.sparktune.cluster.ControlPlane}). The backup of a
 * write is the trial the owner computed ({@link io.sparktune.store.hazelcast.PutTrial}), not the write
 * run again, so the replica holds what the owner holds even if a scheduler were not deterministic; and
 * every time is an argument, never read on a member. When the owner dies before it answers, Hazelcast
 * sends the write again to the new owner (members always; clients because the control plane's clients
 * turn redo on); the new owner may already hold the change from the backup, so every write
 * recognises a repeat of itself and answers as the first run did without applying it twice. A write
 * the rules refuse comes back as an answer and is thrown in the caller, so members do not log callers'
 * mistakes.
 *
 * <h2>Serialisation</h2>
 * Histories, trials, report answers and the processors are written by Hazelcast serializers of this
 * package ({@link io.sparktune.store.hazelcast.StudySerializers}, registered through
 * {@code META-INF/services/com.hazelcast.SerializerHook}); parameter values (Long, Double, String,
 * Boolean, lists, maps) are tagged. Measured in one JVM against Java serialization of the same
 * records: a history of 1,000 trials of 27 reports takes 585 KB instead of 784 KB and is written 3 and
 * read 5 times as fast (7.7 and 6.4 ms instead of 23 and 32 ms on a loaded 2-core machine); one trial,
 * what a report answers, takes 593 bytes instead of 1,666 and makes its round trip 6 times as fast
 * (0.11 ms instead of 0.62 ms). The scheduler inside a report (any
 * {@link io.sparktune.scheduler.Scheduler}) is Java-serialised once by the sender and rebuilt once per
 * member ({@link io.sparktune.store.hazelcast.SchedulerForms}): rebuilding it for every report took
 * 24.5 µs on the partition thread, three times the 8 µs of judging and storing the report.
 *
 * <h2>Speed</h2>
 * {@code search-core/benchmarks/report-latency.sh} measures the report round trip (16 concurrent
 * reporters, 10,000 reports, an ASHA scheduler, a member in its own JVM): see
 * {@code docs/benchmarks.md} for the figures. The store's own work per report on the member is about
 * 7 µs; the rest of the round trip is Hazelcast's networking and threads.
 */
package io.sparktune.store.hazelcast;
