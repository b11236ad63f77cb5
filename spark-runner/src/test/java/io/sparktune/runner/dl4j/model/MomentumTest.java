package io.sparktune.runner.dl4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

class MomentumTest {

    @Test
    void theStepIsTheLearningRateTimesTheVelocity() {
        Momentum m = new Momentum(0.1, null, 0.9);
        INDArray state = Nd4j.zeros(DataType.FLOAT, 1, 3);
        GradientUpdater<Momentum> u = m.instantiate(state, true);
        INDArray g = Nd4j.createFromArray(new float[] {1, -2, 0.5f}).reshape(1, 3);
        INDArray step = g.dup();
        u.applyUpdater(step, 0, 0);
        assertArrayEquals(new float[] {0.1f, -0.2f, 0.05f}, step.toFloatVector(), 1e-6f);
        step = g.dup();
        u.applyUpdater(step, 1, 0);
        // v = 0.9 * g + g = 1.9 g
        assertArrayEquals(new float[] {0.19f, -0.38f, 0.095f}, step.toFloatVector(), 1e-6f);
        assertArrayEquals(new float[] {1.9f, -3.8f, 0.95f}, state.toFloatVector(), 1e-6f);
    }

    @Test
    void aScheduleSetsTheRateByEpoch() {
        Momentum m = new Momentum(0.1, new ExponentialSchedule(ScheduleType.EPOCH, 0.1, 0.5), 0.0);
        assertEquals(0.05, m.getLearningRate(0, 1), 1e-12);
        m.setLrAndSchedule(0.3, null);
        assertEquals(0.3, m.getLearningRate(0, 1), 1e-12);
    }

    @Test
    void momentumOutsideZeroToOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1, null, 1.0));
        assertEquals("0 <= momentum < 1 must hold, but got 1.0", e.getMessage());
    }

    @Test
    void itTravelsWithTheConfigurationAsJson() {
        MultiLayerConfiguration conf = Models.build("mlp",
                Nets.hp("optimizer", "momentum", "momentum", 0.7, "learningRate", 0.05, "schedule", "exponential"),
                Task.CLASSIFICATION, new InputShape.Flat(4), 2, 3).configuration();
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
        Momentum m = (Momentum) ((BaseLayer) back.getConf(0).getLayer()).getIUpdater();
        assertEquals(0.7, m.getMomentum());
        assertEquals(0.05 * 0.95, m.getLearningRate(0, 1), 1e-12);
        assertEquals(conf, conf.clone());
    }
}
