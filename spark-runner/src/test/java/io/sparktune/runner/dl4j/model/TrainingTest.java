package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Nets.hp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.SplitTestAndTrain;
import org.nd4j.linalg.factory.Nd4j;

/** Real fits: the networks learn, the seed fixes the initial weights, the learning rate can be changed. */
class TrainingTest {

    private static MultiLayerNetwork mlp(Map<String, Object> hp, int features, int classes, long seed) {
        return Nets.network(Models.build("mlp", hp, Task.CLASSIFICATION, new InputShape.Flat(features), classes, seed)
                .configuration());
    }

    @Test
    void anMlpLearnsSeparableBlobs() {
        DataSet data = Nets.blobs(300, 6, 3, 11);
        MultiLayerNetwork net = mlp(hp("units", 16L, "learningRate", 0.01), 6, 3, 1);
        double before = net.score(data);
        net.fit(Nets.batches(data, 50), 10);
        double after = net.score(data);
        assertTrue(after < before / 4, "loss " + before + " -> " + after);
        assertTrue(Nets.accuracy(net, data) >= 0.95, "accuracy " + Nets.accuracy(net, data));
    }

    @Test
    void everyOptimizerLearnsWithASensibleRate() {
        DataSet data = Nets.blobs(150, 4, 3, 3);
        Map<String, Double> rates = Map.of("sgd", 0.2, "momentum", 0.05, "nesterov", 0.05, "adam", 0.02, "adamax",
                0.02, "nadam", 0.02, "rmsprop", 0.01, "adagrad", 0.2, "amsgrad", 0.02);
        rates.forEach((optimizer, lr) -> {
            MultiLayerNetwork net = mlp(hp("optimizer", optimizer, "learningRate", lr, "units", 16L), 4, 3, 2);
            double before = net.score(data);
            net.fit(Nets.batches(data, 50), 3);
            assertTrue(net.score(data) < before / 2, optimizer + ": loss " + before + " -> " + net.score(data));
        });
    }

    @Test
    void mlpDefaultsReachNinetyPercentOnDigitsInTenEpochs() throws IOException {
        DataSet all = digits();
        all.shuffle(7);
        SplitTestAndTrain split = all.splitTestAndTrain(0.8);
        DataSet train = split.getTrain();
        DataSet validation = split.getTest();
        INDArray mean = train.getFeatures().mean(0);
        INDArray std = train.getFeatures().std(0);
        std.addi(std.eq(0).castTo(std.dataType()));
        train.setFeatures(train.getFeatures().subRowVector(mean).divRowVector(std));
        validation.setFeatures(validation.getFeatures().subRowVector(mean).divRowVector(std));

        BuiltModel built = Models.build("mlp", Map.of(), Task.CLASSIFICATION, new InputShape.Image(8, 8, 1), 10, 1);
        MultiLayerNetwork net = Nets.network(built.configuration());
        net.fit(Nets.batches(train, built.plan().batchSize()), built.plan().maxEpochs());
        assertEquals(10, net.getEpochCount());
        double accuracy = Nets.accuracy(net, validation);
        assertTrue(accuracy >= 0.9, "validation accuracy " + accuracy);
    }

    /** The UCI digits, as shipped: 64 pixel columns (0..16), then the label. */
    private static DataSet digits() throws IOException {
        List<float[]> rows = new ArrayList<>();
        try (InputStream in = TrainingTest.class.getResourceAsStream("/io/sparktune/examples/data/digits.csv.gz");
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                        StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.split(",");
                float[] row = new float[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Float.parseFloat(cells[i]);
                }
                rows.add(row);
            }
        }
        float[][] x = new float[rows.size()][64];
        float[][] y = new float[rows.size()][10];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x[i], 0, 64);
            y[i][(int) rows.get(i)[64]] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    @Test
    void theSeedFixesTheInitialWeights() {
        Map<String, Object> hp = hp("layers", 3L, "units", 32L, "batchNorm", true);
        INDArray a = mlp(hp, 10, 4, 123).params();
        INDArray b = mlp(hp, 10, 4, 123).params();
        INDArray c = mlp(hp, 10, 4, 124).params();
        assertEquals(a, b);
        assertNotEquals(a, c);
        for (String model : List.of("cnn", "lstm")) {
            INDArray x = Nets.network(Models.build(model, Map.of(), Task.CLASSIFICATION, Nets.DIGIT, 10, 5)
                    .configuration()).params();
            INDArray y = Nets.network(Models.build(model, Map.of(), Task.CLASSIFICATION, Nets.DIGIT, 10, 5)
                    .configuration()).params();
            INDArray z = Nets.network(Models.build(model, Map.of(), Task.CLASSIFICATION, Nets.DIGIT, 10, 6)
                    .configuration()).params();
            assertEquals(x, y, model);
            assertNotEquals(x, z, model);
        }
    }

    @Test
    void theSameSeedGivesTheSameTrainingWithDropout() {
        DataSet data = Nets.blobs(64, 4, 2, 5);
        Map<String, Object> hp = hp("dropout", 0.3, "units", 8L);
        MultiLayerNetwork a = mlp(hp, 4, 2, 9);
        a.fit(Nets.batches(data, 16));
        MultiLayerNetwork b = mlp(hp, 4, 2, 9);
        b.fit(Nets.batches(data, 16));
        assertEquals(a.params(), b.params());
        MultiLayerNetwork c = mlp(hp("dropout", 0.3, "units", 8L), 4, 2, 10);
        c.fit(Nets.batches(data, 16));
        assertNotEquals(a.params(), c.params());
    }

    @Test
    void epochSchedulesAdvanceWithEachEpochOfFit() {
        DataSet data = Nets.blobs(40, 4, 2, 5);
        MultiLayerNetwork net = mlp(hp("learningRate", 0.1, "schedule", "exponential", "decayRate", 0.5), 4, 2, 1);
        net.fit(Nets.batches(data, 10));
        net.fit(Nets.batches(data, 10));
        assertEquals(2, net.getEpochCount());
        assertEquals(0.025, net.getLearningRate(0), 1e-12);
    }

    @Test
    void fittingMinibatchesOneByOneNeedsTheEpochCountedByHand() {
        DataSet data = Nets.blobs(40, 4, 2, 5);
        MultiLayerNetwork net = mlp(hp("learningRate", 0.1, "schedule", "step", "decayEvery", 1L), 4, 2, 1);
        for (DataSet batch : data.batchBy(10)) {
            net.fit(batch);
        }
        assertEquals(0, net.getEpochCount());
        assertEquals(0.1, net.getLearningRate(0), 1e-12);
        net.incrementEpochCount();
        assertEquals(0.05, net.getLearningRate(0), 1e-12);
    }

    @Test
    void aPlateauTrackerDropsTheRateOnTheNetwork() {
        DataSet data = Nets.blobs(40, 4, 2, 5);
        Map<String, Object> hp = hp("optimizer", "momentum", "learningRate", 0.1, "schedule", "plateau",
                "plateauPatience", 1L, "plateauFactor", 0.1);
        BuiltModel built = Models.build("mlp", hp, Task.CLASSIFICATION, new InputShape.Flat(4), 2, 1);
        MultiLayerNetwork net = Nets.network(built.configuration());
        PlateauTracker tracker = built.plan().plateau().orElseThrow().tracker(0.1);
        tracker.epochEnded(0.5);
        double lr = tracker.epochEnded(0.6).orElseThrow();
        net.setLearningRate(lr);
        for (int i = 0; i < net.getnLayers(); i++) {
            assertEquals(0.01, net.getLearningRate(i), 1e-12);
        }
        net.setLearningRate(0.0);
        INDArray before = net.params().dup();
        net.fit(Nets.batches(data, 10));
        assertEquals(before, net.params(), "the optimiser takes the rate set on the network");
    }

    @Test
    void adaptedDataKeepsItsRowsInOrder() {
        List<DataSet> rows = Nets.random(10, 6, 2, 1).asList();
        Collections.shuffle(rows, new Random(1));
        DataSet data = DataSet.merge(rows);
        DataSet adapted = Models.build("lstm", Map.of(), Task.CLASSIFICATION, new InputShape.Flat(6), 2, 1).plan()
                .adapt(data);
        for (int i = 0; i < 10; i++) {
            assertEquals(data.getFeatures().getRow(i).reshape(6), adapted.getFeatures().slice(i).reshape(6));
        }
    }
}
