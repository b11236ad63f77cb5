package io.sparktune.store.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.Serializer;
import com.hazelcast.nio.serialization.SerializerHook;
import com.hazelcast.nio.serialization.StreamSerializer;
import io.sparktune.store.Reported;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.io.IOException;

/**
 * Hazelcast serializers for what the study store keeps and sends: histories, trials, report answers
 * and the store's entry processors, in {@link StudyCodec}'s form. They register themselves through
 * {@code META-INF/services/com.hazelcast.SerializerHook}, so every member and client with this module
 * on its class path uses them, however its configuration was made. Type ids 6501 to 6504.
 */
public final class StudySerializers {

    static final int HISTORY_TYPE = 6501;
    static final int TRIAL_TYPE = 6502;
    static final int REPORTED_TYPE = 6503;
    static final int MESSAGE_TYPE = 6504;

    private StudySerializers() {
    }

    static final class HistorySerializer implements StreamSerializer<History> {

        @Override
        public int getTypeId() {
            return HISTORY_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, History history) throws IOException {
            StudyCodec.writeHistory(out, history);
        }

        @Override
        public History read(ObjectDataInput in) throws IOException {
            return StudyCodec.readHistory(in);
        }
    }

    static final class TrialSerializer implements StreamSerializer<Trial> {

        @Override
        public int getTypeId() {
            return TRIAL_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, Trial trial) throws IOException {
            StudyCodec.writeTrial(out, trial);
        }

        @Override
        public Trial read(ObjectDataInput in) throws IOException {
            return StudyCodec.readTrial(in);
        }
    }

    static final class ReportedSerializer implements StreamSerializer<Reported> {

        @Override
        public int getTypeId() {
            return REPORTED_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, Reported reported) throws IOException {
            StudyCodec.writeReported(out, reported);
        }

        @Override
        public Reported read(ObjectDataInput in) throws IOException {
            return StudyCodec.readReported(in);
        }
    }

    /** One serializer for every {@link StudyMessage}: Hazelcast finds it through the interface. */
    static final class MessageSerializer implements StreamSerializer<StudyMessage> {

        @Override
        public int getTypeId() {
            return MESSAGE_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, StudyMessage op) throws IOException {
            out.writeByte(op.tag());
            op.write(out);
        }

        @Override
        public StudyMessage read(ObjectDataInput in) throws IOException {
            return StudyMessage.read(in.readByte(), in);
        }
    }

    /** Registers {@link HistorySerializer}; a serializer set in a configuration takes precedence. */
    public static final class HistoryHook implements SerializerHook<History> {

        @Override
        public Class<History> getSerializationType() {
            return History.class;
        }

        @Override
        public Serializer createSerializer() {
            return new HistorySerializer();
        }

        @Override
        public boolean isOverwritable() {
            return true;
        }
    }

    /** Registers {@link TrialSerializer}. */
    public static final class TrialHook implements SerializerHook<Trial> {

        @Override
        public Class<Trial> getSerializationType() {
            return Trial.class;
        }

        @Override
        public Serializer createSerializer() {
            return new TrialSerializer();
        }

        @Override
        public boolean isOverwritable() {
            return true;
        }
    }

    /** Registers {@link ReportedSerializer}. */
    public static final class ReportedHook implements SerializerHook<Reported> {

        @Override
        public Class<Reported> getSerializationType() {
            return Reported.class;
        }

        @Override
        public Serializer createSerializer() {
            return new ReportedSerializer();
        }

        @Override
        public boolean isOverwritable() {
            return true;
        }
    }

    /** Registers {@link MessageSerializer}. */
    public static final class MessageHook implements SerializerHook<StudyMessage> {

        @Override
        public Class<StudyMessage> getSerializationType() {
            return StudyMessage.class;
        }

        @Override
        public Serializer createSerializer() {
            return new MessageSerializer();
        }

        @Override
        public boolean isOverwritable() {
            return true;
        }
    }
}
