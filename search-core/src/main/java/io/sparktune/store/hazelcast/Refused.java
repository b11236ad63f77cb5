package io.sparktune.store.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/**
 * A write the store's rules refused (no such trial, a finished trial finished again), sent back as an
 * answer rather than thrown on the member: the member does not log a caller's mistake as its own
 * failure, and the caller gets the same exception type and message as from any other store, thrown
 * in its own thread.
 */
record Refused(boolean illegalState, String message) implements StudyMessage {

    static final byte TAG = 30;

    static Refused of(RuntimeException e) {
        return new Refused(e instanceof IllegalStateException, e.getMessage());
    }

    RuntimeException exception() {
        return illegalState ? new IllegalStateException(message) : new IllegalArgumentException(message);
    }

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void write(ObjectDataOutput out) throws IOException {
        out.writeBoolean(illegalState);
        out.writeString(message);
    }

    static Refused read(ObjectDataInput in) throws IOException {
        return new Refused(in.readBoolean(), in.readString());
    }
}
