package io.sparktune.store.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/**
 * What travels between a study store and the member that owns the study, other than trials and
 * histories: the store's entry processors and a {@link Refused} answer. Written as a tag and the
 * fields in {@link StudyCodec}'s form ({@link StudySerializers.MessageSerializer}).
 */
interface StudyMessage {

    /** Which message, in {@link #read}. */
    byte tag();

    void write(ObjectDataOutput out) throws IOException;

    static StudyMessage read(byte tag, ObjectDataInput in) throws IOException {
        return switch (tag) {
            case StudyWrites.CREATE -> StudyWrites.Create.read(in);
            case StudyWrites.REPORT -> StudyWrites.Report.read(in);
            case StudyWrites.FINISH -> StudyWrites.Finish.read(in);
            case StudyWrites.RETRY -> StudyWrites.Retry.read(in);
            case StudyWrites.CLAIM -> StudyWrites.Claim.read(in);
            case StudyWrites.HEARTBEAT -> StudyWrites.Heartbeat.read(in);
            case StudyWrites.STOP -> StudyWrites.Stop.read(in);
            case PutTrial.TAG -> PutTrial.read(in);
            case ReadTrial.TAG -> ReadTrial.read(in);
            case Refused.TAG -> Refused.read(in);
            default -> throw new IOException("unknown study message tag " + tag);
        };
    }
}
