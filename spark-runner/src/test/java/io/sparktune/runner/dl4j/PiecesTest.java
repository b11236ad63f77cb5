package io.sparktune.runner.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.trial.Direction;
import io.sparktune.trial.Reduce;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class PiecesTest {

    @Test
    void anEpochsOrderIsAPermutationFixedBySeedAndEpoch() {
        int[] a = Minibatches.order(100, 42, 1);
        assertArrayEquals(a, Minibatches.order(100, 42, 1));
        assertFalse(Arrays.equals(a, Minibatches.order(100, 42, 2)), "another epoch, another order");
        assertFalse(Arrays.equals(a, Minibatches.order(100, 43, 1)), "another seed, another order");
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void batchesCopyTheRowsInOrderAndTheLastOneIsShorter() {
        DataSet data = new DataSet(Nd4j.arange(0, 10).reshape(5, 2).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT),
                Nd4j.arange(0, 5).reshape(5, 1).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT));
        int[] order = {4, 0, 3, 1, 2};
        assertEquals(3, Minibatches.count(5, 2));
        DataSet first = Minibatches.batch(data, order, 0, 2);
        assertEquals(8f, first.getFeatures().getFloat(0, 0));
        assertEquals(0f, first.getFeatures().getFloat(1, 0));
        assertEquals(4f, first.getLabels().getFloat(0, 0));
        DataSet last = Minibatches.batch(data, order, 2, 2);
        assertEquals(1, last.numExamples());
        assertEquals(2f, last.getLabels().getFloat(0, 0));
        first.getFeatures().assign(-1);
        assertEquals(0f, data.getFeatures().getFloat(0, 0), "the shared data is untouched");
    }

    @Test
    void finalValueIsTheBestInTheDirectionOrTheLast() {
        FinalValue best = new FinalValue(Reduce.BEST, Direction.MINIMIZE);
        FinalValue last = new FinalValue(Reduce.LAST, Direction.MINIMIZE);
        FinalValue max = new FinalValue(Reduce.BEST, Direction.MAXIMIZE);
        assertTrue(Double.isNaN(best.value()));
        for (double v : new double[] {0.9, 0.4, 0.6}) {
            best.add(v);
            last.add(v);
            max.add(v);
        }
        assertEquals(0.4, best.value());
        assertEquals(0.6, best.last());
        assertEquals(0.6, last.value());
        assertEquals(0.9, max.value());
    }

    @Test
    void divergenceNamesWhereAndTheLoss() {
        assertEquals("diverged at epoch 3 (loss NaN)", new DivergedException("at epoch 3", Double.NaN).getMessage());
        assertEquals("diverged at epoch 1, iteration 7 (loss +Infinity)",
                new DivergedException("at epoch 1, iteration 7", Double.POSITIVE_INFINITY).getMessage());
    }
}
