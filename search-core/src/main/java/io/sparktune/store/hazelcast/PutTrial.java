package io.sparktune.store.hazelcast;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.io.IOException;
import java.util.Map;

/**
 * The backup of a {@link StudyWrite}: puts the trial the owner computed into the backup replica's
 * history (a new number is appended, an existing one replaced), so the replica never judges a report
 * itself. Putting the same trial twice changes nothing.
 */
final class PutTrial implements EntryProcessor<String, History, Object>, StudyMessage {

    static final byte TAG = 20;

    private final Trial trial;

    PutTrial(Trial trial) {
        this.trial = trial;
    }

    @Override
    public Object process(Map.Entry<String, History> entry) {
        History history = entry.getValue();
        if (history != null && trial.number() <= history.size()) {
            entry.setValue(history.with(trial));
        }
        return null;
    }

    @Override
    public EntryProcessor<String, History, Object> getBackupProcessor() {
        return null;
    }

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void write(ObjectDataOutput out) throws IOException {
        StudyCodec.writeTrial(out, trial);
    }

    static PutTrial read(ObjectDataInput in) throws IOException {
        return new PutTrial(StudyCodec.readTrial(in));
    }
}
