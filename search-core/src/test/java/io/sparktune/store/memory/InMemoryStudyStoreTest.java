package io.sparktune.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.store.StudyStore;
import io.sparktune.store.StudyStoreContract;
import io.sparktune.trial.Direction;
import io.sparktune.trial.TrialState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryStudyStoreTest extends StudyStoreContract {

    @Override
    protected StudyStore newStore(Direction direction) {
        return new InMemoryStudyStore(direction);
    }

    @Test
    void theMessageSaysWhyAFinishedTrialCannotChange() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        store.finish(0, TrialState.PRUNED, 1.0, "below the median", T0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.finish(0, TrialState.COMPLETED, 2.0, null, T0));
        assertEquals("cannot finish trial 0: it has ended PRUNED", e.getMessage());
    }

    @Test
    void integersProposedAsIntAreStoredAsLong() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("units", 64));
        assertEquals(64L, store.history().trial(0).params().get("units"));
    }
}
