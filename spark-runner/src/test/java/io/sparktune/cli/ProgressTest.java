package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Trial trial(int number, TrialState state, Double value, String reason) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("x0", 3.25);
        params.put("x1", 2L);
        return Trial.created(number, params, TrialState.RUNNING, T0).finished(state, value, reason, T0);
    }

    @Test
    void barShowsDoneOfTotalBestAndElapsed() {
        RunSnapshot snapshot = new RunSnapshot(42, 41, 0, 1, OptionalInt.of(200),
                Optional.of(trial(17, TrialState.COMPLETED, 0.39811, null)), T0);

        assertEquals("[######------------------------] 42/200 trials  best 0.3981 (trial 17)  1 failed  12.3s",
                BarProgress.render(snapshot, Duration.ofMillis(12_340), 30));
    }

    @Test
    void barWithoutATrialLimitOrABestShowsTheCount() {
        RunSnapshot snapshot = new RunSnapshot(3, 0, 3, 0, OptionalInt.empty(), Optional.empty(), T0);

        assertEquals("3 trials  4m05s", BarProgress.render(snapshot, Duration.ofSeconds(245), 30));
    }

    @Test
    void fullBarIsFull() {
        RunSnapshot snapshot = new RunSnapshot(10, 10, 0, 0, OptionalInt.of(10), Optional.empty(), T0);

        assertEquals("[##########] 10/10 trials  1h01m", BarProgress.render(snapshot, Duration.ofMinutes(61), 10));
    }

    @Test
    void linesShowStateValueParamsAndTheFirstLineOfAReason() {
        RunSnapshot snapshot = new RunSnapshot(5, 4, 0, 1, OptionalInt.of(9), Optional.empty(), T0);

        assertEquals("[5/9] trial 4 completed  value 1.5000  {\"x0\":3.25,\"x1\":2}",
                LinesProgress.line(trial(4, TrialState.COMPLETED, 1.5, null), snapshot));
        assertEquals("[5/9] trial 4 failed  {\"x0\":3.25,\"x1\":2}  (the command exited with code 1; the end)",
                LinesProgress.line(trial(4, TrialState.FAILED, null, "the command exited with code 1; the end\nboom"),
                        snapshot));
    }

    @Test
    void valuesAndDurationsReadWell() {
        assertEquals("0.3979", Format.value(0.397887));
        assertEquals("1.2346e-05", Format.value(1.23456e-5));
        assertEquals("2.5000e+07", Format.value(2.5e7));
        assertEquals("0.0000", Format.value(0.0));
        assertEquals("NaN", Format.value(Double.NaN));
        assertEquals("-", Format.value(null));
        assertEquals("0.0s", Format.duration(Duration.ZERO));
        assertEquals("59.9s", Format.duration(Duration.ofMillis(59_900)));
    }
}
