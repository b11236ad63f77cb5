package io.sparktune.store.hazelcast;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.io.IOException;
import java.util.Map;

/** Reads one trial where the study lives, so that only that trial travels; {@code null} when there is none. */
final class ReadTrial implements EntryProcessor<String, History, Trial>, ReadOnly, StudyMessage {

    static final byte TAG = 21;

    private final int number;

    ReadTrial(int number) {
        this.number = number;
    }

    @Override
    public Trial process(Map.Entry<String, History> entry) {
        History history = entry.getValue();
        return history != null && number >= 0 && number < history.size() ? history.trial(number) : null;
    }

    @Override
    public EntryProcessor<String, History, Trial> getBackupProcessor() {
        return null;
    }

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void write(ObjectDataOutput out) throws IOException {
        out.writeInt(number);
    }

    static ReadTrial read(ObjectDataInput in) throws IOException {
        return new ReadTrial(in.readInt());
    }
}
