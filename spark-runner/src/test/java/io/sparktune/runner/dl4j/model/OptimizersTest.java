package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Nets.conf;
import static io.sparktune.runner.dl4j.model.Nets.hp;
import static io.sparktune.runner.dl4j.model.Nets.layers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

class OptimizersTest {

    private static final InputShape FLAT = new InputShape.Flat(5);

    private static IUpdater updater(Map<String, Object> hp) {
        MultiLayerConfiguration conf = conf("mlp", hp, FLAT, 2);
        IUpdater first = ((BaseLayer) layers(conf).get(0)).getIUpdater();
        for (Layer l : layers(conf)) {
            assertEquals(first, ((BaseLayer) l).getIUpdater(), "every layer has the same optimiser");
        }
        return first;
    }

    @Test
    void eachOptimizerIsItsDl4jUpdaterWithTheLearningRate() {
        Map<String, Class<? extends IUpdater>> expected = Map.of("sgd", Sgd.class, "momentum", Momentum.class,
                "nesterov", Nesterovs.class, "adam", Adam.class, "adamax", AdaMax.class, "nadam", Nadam.class,
                "rmsprop", RmsProp.class, "adagrad", AdaGrad.class, "amsgrad", AMSGrad.class);
        assertEquals(Choice.keys(OptimizerKind.class).size(), expected.size());
        expected.forEach((name, type) -> {
            IUpdater u = updater(hp("optimizer", name, "learningRate", 0.02));
            assertInstanceOf(type, u, name);
            assertEquals(0.02, u.getLearningRate(0, 0), 1e-12, name);
            assertEquals(0.02, u.getLearningRate(500, 30), 1e-12, name + " keeps a constant rate");
        });
    }

    @Test
    void theDefaultIsAdamAtOneInAThousand() {
        IUpdater u = updater(Map.of());
        assertInstanceOf(Adam.class, u);
        assertEquals(1e-3, u.getLearningRate(0, 0), 1e-15);
    }

    @Test
    void momentumAndNesterovTakeTheMomentum() {
        assertEquals(0.9, ((Momentum) updater(hp("optimizer", "momentum"))).getMomentum());
        assertEquals(0.5, ((Momentum) updater(hp("optimizer", "momentum", "momentum", 0.5))).getMomentum());
        assertEquals(0.8, ((Nesterovs) updater(hp("optimizer", "nesterov", "momentum", 0.8))).getMomentum());
    }

    @Test
    void exponentialScheduleDecaysPerEpoch() {
        IUpdater u = updater(hp("optimizer", "sgd", "learningRate", 0.1, "schedule", "exponential", "decayRate", 0.5));
        assertEquals(new ExponentialSchedule(ScheduleType.EPOCH, 0.1, 0.5), ((Sgd) u).getLearningRateSchedule());
        assertEquals(0.1, u.getLearningRate(1000, 0), 1e-12);
        assertEquals(0.025, u.getLearningRate(0, 2), 1e-12);
        IUpdater byDefault = updater(hp("learningRate", 0.1, "schedule", "exponential"));
        assertEquals(0.1 * 0.95 * 0.95, byDefault.getLearningRate(0, 2), 1e-12);
    }

    @Test
    void stepScheduleDecaysEveryFewEpochs() {
        IUpdater u = updater(hp("optimizer", "momentum", "learningRate", 0.1, "schedule", "step", "decayEvery", 3L));
        assertEquals(0.1, u.getLearningRate(0, 2), 1e-12);
        assertEquals(0.05, u.getLearningRate(0, 3), 1e-12);
        assertEquals(0.025, u.getLearningRate(0, 6), 1e-12);
        Settings s = Settings.of("mlp", new MlpTemplate().hyperparameters(),
                hp("learningRate", 0.1, "schedule", "step", "decayRate", 0.1, "decayEvery", 2L));
        ISchedule schedule = Optimizers.schedule(s).orElseThrow();
        assertEquals(new StepSchedule(ScheduleType.EPOCH, 0.1, 0.1, 2), schedule);
    }

    @Test
    void plateauLeavesTheRateConstantAndGoesToThePlan() {
        Map<String, Object> hp = hp("learningRate", 0.01, "schedule", "plateau", "plateauPatience", 2L,
                "plateauFactor", 0.2, "minLearningRate", 1e-5);
        IUpdater u = updater(hp);
        assertNull(((Adam) u).getLearningRateSchedule());
        assertEquals(0.01, u.getLearningRate(0, 9), 1e-12);
        TrainingPlan plan = Models.build("mlp", hp, Task.CLASSIFICATION, FLAT, 2, 1).plan();
        assertEquals(Optional.of(new Plateau(2, 0.2, 1e-5)), plan.plateau());
        assertEquals(Optional.of(new Plateau(3, 0.5, 1e-6)),
                Models.build("mlp", hp("schedule", "plateau"), Task.CLASSIFICATION, FLAT, 2, 1).plan().plateau());
        assertEquals(Optional.empty(), Models.build("mlp", hp("schedule", "step"), Task.CLASSIFICATION, FLAT, 2, 1)
                .plan().plateau());
    }

    @Test
    void clippingByValueOrNormReachesEveryLayer() {
        for (Layer l : layers(conf("mlp", hp("gradientClipping", "value", "clipThreshold", 0.5), FLAT, 2))) {
            assertEquals(GradientNormalization.ClipElementWiseAbsoluteValue, ((BaseLayer) l).getGradientNormalization());
            assertEquals(0.5, ((BaseLayer) l).getGradientNormalizationThreshold());
        }
        for (Layer l : layers(conf("mlp", hp("gradientClipping", "norm", "batchNorm", true), FLAT, 2))) {
            if (!(l instanceof BaseLayer)) {
                continue;
            }
            assertEquals(GradientNormalization.ClipL2PerLayer, ((BaseLayer) l).getGradientNormalization());
            assertEquals(1.0, ((BaseLayer) l).getGradientNormalizationThreshold());
        }
        for (Layer l : layers(conf("mlp", Map.of(), FLAT, 2))) {
            assertEquals(GradientNormalization.None, ((BaseLayer) l).getGradientNormalization());
        }
    }

    @Test
    void batchSizeAndEpochsGoToThePlan() {
        TrainingPlan plan = Models.build("mlp", hp("batchSize", 128L, "maxEpochs", 7), Task.CLASSIFICATION, FLAT, 2, 1)
                .plan();
        assertEquals(128, plan.batchSize());
        assertEquals(7, plan.maxEpochs());
        TrainingPlan defaults = Models.build("mlp", Map.of(), Task.CLASSIFICATION, FLAT, 2, 1).plan();
        assertEquals(32, defaults.batchSize());
        assertEquals(10, defaults.maxEpochs());
        assertTrue(defaults.plateau().isEmpty());
    }
}
