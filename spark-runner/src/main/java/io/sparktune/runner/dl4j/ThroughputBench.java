package io.sparktune.runner.dl4j;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.runner.data.DatasetSpec;
import io.sparktune.runner.data.Datasets;
import io.sparktune.runner.data.PreparedData;
import io.sparktune.runner.dl4j.model.BuiltModel;
import io.sparktune.runner.dl4j.model.Models;
import io.sparktune.runner.dl4j.model.TrainingPlan;
import io.sparktune.spec.Problems;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J side of the training-throughput benchmark ({@code spark-runner/benchmarks/throughput.sh}):
 * trains the trainer's MLP (ReLU hidden layers, Adam at 1e-3, softmax and cross-entropy) on a
 * prepared dataset with the trainer's own epoch loop ({@link Minibatches}, one {@code fit} per
 * batch), times each epoch, and prints the training samples per second; it first writes the
 * training data as raw float32 files so the PyTorch side trains on exactly the same arrays.
 *
 * <pre>ThroughputBench DATASET HIDDEN BATCH EPOCHS EXPORT_FOLDER</pre>
 * for example {@code digits 128,128 32 10 /tmp/digits}. The first epoch is a warm-up, left out of
 * the median. Threads: ND4J follows {@code OMP_NUM_THREADS}.
 */
public final class ThroughputBench {

    private ThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: ThroughputBench DATASET HIDDEN BATCH EPOCHS EXPORT_FOLDER");
            System.exit(2);
        }
        String[] hidden = args[1].split(",");
        int batch = Integer.parseInt(args[2]);
        int epochs = Integer.parseInt(args[3]);
        Path export = Path.of(args[4]);

        long loadStart = System.nanoTime();
        PreparedData data = Datasets.load(spec(args[0]));
        System.out.printf("dl4j load seconds %.3f examples %d%n", (System.nanoTime() - loadStart) / 1e9,
                data.train().numExamples());
        exportTrainingData(data, export);

        Map<String, Object> hp = new java.util.HashMap<>(Map.of("layers", (long) hidden.length, "optimizer", "adam",
                "learningRate", 1e-3, "activation", "relu", "batchSize", (long) batch, "maxEpochs", (long) epochs,
                "weightInit", "he"));
        for (int i = 0; i < hidden.length; i++) {
            hp.put("units" + (i + 1), Long.parseLong(hidden[i]));
        }
        BuiltModel built = Models.build("mlp", hp, data.task(), data.input(), data.outputs(), 1);
        TrainingPlan plan = built.plan();
        MultiLayerNetwork net = new MultiLayerNetwork(built.configuration());
        net.init();

        DataSet train = data.train();
        int n = train.numExamples();
        int batches = Minibatches.count(n, plan.batchSize());
        List<Double> rates = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            int[] order = Minibatches.order(n, 1, epoch);
            for (int b = 0; b < batches; b++) {
                net.fit(plan.adapt(Minibatches.batch(train, order, b, plan.batchSize())));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rates.add(n / seconds);
            System.out.printf("dl4j epoch %d seconds %.4f samples_per_s %.0f loss %.4f%n", epoch, seconds,
                    n / seconds, net.score());
        }
        List<Double> measured = new ArrayList<>(rates.size() > 1 ? rates.subList(1, rates.size()) : rates);
        Collections.sort(measured);
        int m = measured.size();
        double median = m % 2 == 1 ? measured.get(m / 2) : (measured.get(m / 2 - 1) + measured.get(m / 2)) / 2;
        System.out.printf("dl4j summary median_samples_per_s %.0f%n", median);
    }

    private static DatasetSpec spec(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", type);
        Problems problems = new Problems();
        DatasetSpec spec = DatasetSpec.read(node, "$.dataset", problems, Path.of("."))
                .orElse(null);
        if (spec == null) {
            problems.list().forEach(p -> System.err.println(p));
            System.exit(2);
        }
        return spec;
    }

    private static void exportTrainingData(PreparedData data, Path folder) throws IOException {
        Files.createDirectories(folder);
        INDArray x = data.train().getFeatures();
        INDArray y = data.train().getLabels();
        writeFloats(x, folder.resolve("train_x.f32"));
        writeFloats(y, folder.resolve("train_y.f32"));
        Files.writeString(folder.resolve("shape.json"), "{\"examples\": " + x.rows() + ", \"features\": "
                + x.columns() + ", \"outputs\": " + y.columns() + "}\n");
    }

    private static void writeFloats(INDArray array, Path file) throws IOException {
        float[] values = array.dup('c').data().asFloat();
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        try (OutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(buffer.array());
        }
    }
}
