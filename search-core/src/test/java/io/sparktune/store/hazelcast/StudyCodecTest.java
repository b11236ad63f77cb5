package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import io.sparktune.scheduler.Decision;
import io.sparktune.scheduler.Verdict;
import io.sparktune.store.Reported;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store's serializers are found through their hooks by a serialization service built with no
 * configuration at all, and give back what they were given, down to the type of every value.
 */
class StudyCodecTest {

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00.123456789Z");
    private final SerializationService serialization = new DefaultSerializationServiceBuilder().build();

    @Test
    void aHistoryComesBackEqualWithEveryFieldAndValueType() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("lr", 0.01);
        params.put("layers", 3L);
        params.put("opt", "sgd");
        params.put("nesterov", false);
        params.put("shape", List.of(64L, 32L));
        params.put("nested", Map.of("momentum", 0.9));
        params.put("whole", 2.0);
        Trial retried = Trial.created(0, params, TrialState.RUNNING, T0)
                .withReport(new Report(1, Double.NaN), T0.plusSeconds(1))
                .finished(TrialState.STALE, null, "no heartbeat", T0.plusSeconds(2))
                .retried(T0.plusSeconds(3))
                .heartbeat("executor 2, thread 7", T0.plusSeconds(4))
                .withReport(new Report(1, Double.NEGATIVE_INFINITY), T0.plusSeconds(5))
                .stopping("rung 0 (step 1): -Infinity ... (cut 0.5)");
        Trial completed = Trial.created(1, Map.of("lr", 0.1), TrialState.RUNNING, T0)
                .finished(TrialState.COMPLETED, -0.0, null, T0.plusSeconds(9));
        History history = new History(Direction.MAXIMIZE, List.of(retried, completed));

        Data data = serialization.toData(history);
        assertEquals(StudySerializers.HISTORY_TYPE, data.getType());
        History back = serialization.toObject(data);
        assertEquals(history, back);
        Map<String, Object> backParams = back.trial(0).params();
        assertEquals(List.copyOf(params.keySet()), List.copyOf(backParams.keySet()));
        assertTrue(backParams.get("whole") instanceof Double, "2.0 stays a Double");
        assertTrue(backParams.get("layers") instanceof Long, "3 stays a Long");
        assertEquals(T0, back.trial(0).createdAt(), "nanoseconds are kept");
    }

    @Test
    void answersAndOperationsTravelInTheStoresForm() {
        Trial trial = Trial.created(4, Map.of("x", 1L), TrialState.RUNNING, T0);
        Reported reported = new Reported(trial, new Report(3, 0.25), Verdict.stop("rung 1"), true);
        Data data = serialization.toData(reported);
        assertEquals(StudySerializers.REPORTED_TYPE, data.getType());
        Reported back = serialization.toObject(data);
        assertEquals(reported, back);
        assertEquals(Decision.STOP, back.verdict().decision());

        Data finish = serialization.toData(new StudyWrites.Finish(4, TrialState.FAILED, null, "boom", T0));
        assertEquals(StudySerializers.MESSAGE_TYPE, finish.getType());
        History history = new History(Direction.MINIMIZE, List.of(Trial.created(0, Map.of(), TrialState.RUNNING, T0),
                Trial.created(1, Map.of(), TrialState.RUNNING, T0), Trial.created(2, Map.of(), TrialState.RUNNING, T0),
                Trial.created(3, Map.of(), TrialState.RUNNING, T0), trial));
        StudyWrites.Finish op = serialization.toObject(finish);
        Trial ended = op.apply(history).answer();
        assertEquals(TrialState.FAILED, ended.state());
        assertEquals("boom", ended.reason());
        assertEquals(T0, ended.endedAt());

        Refused refused = serialization.toObject(serialization.toData(new Refused(true, "cannot finish trial 4")));
        assertEquals(new Refused(true, "cannot finish trial 4"), refused);
    }
}
