package io.sparktune.store.hazelcast;

import com.hazelcast.map.EntryProcessor;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.util.Map;

/**
 * A change to one study's state, made where the state lives: on the partition thread of the member
 * that owns the study, so no other change to the study runs in between and the caller waits one
 * round trip.
 *
 * <p>Two properties make it safe when a member dies. Its backup is the changed trial itself
 * ({@link PutTrial}), not the operation run again, so the backup replica holds exactly what the owner
 * holds, whatever the operation computed. And every write recognises its own change when it is sent
 * again (Hazelcast repeats an operation whose member left before it answered, and the client does the
 * same with redo on): it answers as the first run did and changes nothing, so a report is never
 * stored twice.
 *
 * <p>A write the rules refuse answers a {@link Refused} instead of throwing, which the store throws
 * in the caller.
 *
 * @param <R> what the caller gets back: only what it needs, never the whole history
 */
abstract class StudyWrite<R> implements EntryProcessor<String, History, Object>, StudyMessage {

    /** What one write does: the trial to store ({@code null}: nothing changes) and the answer. */
    record Outcome<R>(Trial changed, R answer) {
    }

    /** Set by {@link #process} on the owner, read by {@link #getBackupProcessor} after it. */
    private transient Trial changed;

    @Override
    public final Object process(Map.Entry<String, History> entry) {
        History history = entry.getValue();
        if (history == null) {
            return new Refused(true, "study \"" + entry.getKey() + "\" has no state in the control plane");
        }
        Outcome<R> outcome;
        try {
            outcome = apply(history);
        } catch (IllegalArgumentException | IllegalStateException e) {
            changed = null;
            return Refused.of(e);
        }
        changed = outcome.changed();
        if (changed != null) {
            entry.setValue(history.with(changed));
        }
        return outcome.answer();
    }

    /** The change to {@code history}; a pure function of it and this operation's fields. */
    abstract Outcome<R> apply(History history);

    @Override
    public final EntryProcessor<String, History, Object> getBackupProcessor() {
        return changed == null ? null : new PutTrial(changed);
    }
}
