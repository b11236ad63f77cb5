package io.sparktune.runner.dl4j;

import io.sparktune.runner.data.Datasets;
import io.sparktune.runner.data.PreparedData;
import io.sparktune.runner.dl4j.model.BuiltModel;
import io.sparktune.runner.dl4j.model.Models;
import io.sparktune.runner.dl4j.model.PlateauTracker;
import io.sparktune.runner.dl4j.model.TrainingPlan;
import io.sparktune.scheduler.Verdict;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrialContext;
import java.util.Objects;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains one network per trial: the dataset comes from the per-JVM cache, the network from the
 * trial's hyperparameters and seed; each epoch visits the training examples in a seeded order
 * ({@link Minibatches}); after each epoch (or every {@code reportEvery} iterations) the validation
 * metric goes to the reporter, and a STOP verdict ends the trial before the next batch. A training
 * or validation loss that is NaN or infinite fails the trial ("diverged at epoch 3 (loss NaN)").
 * The value returned follows {@code objective.reduce}; after a STOP it is the last value reported,
 * as the {@link Trainer} contract asks. Thread-safe: every trial has its own network.
 */
final class Dl4jTrainer implements Trainer {

    private final Dl4jSettings settings;

    Dl4jTrainer(Dl4jSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public double train(TrialContext context) throws InterruptedException {
        PreparedData data = Datasets.load(settings.dataset());
        BuiltModel built = Models.build(settings.model(), settings.hyperparameters(context.params()), data.task(),
                data.input(), data.outputs(), context.seed());
        TrainingPlan plan = built.plan();
        // Dropout masks and other draws during training come from this thread's ND4J generator.
        Nd4j.getRandom().setSeed(context.seed());
        MultiLayerNetwork net = new MultiLayerNetwork(built.configuration());
        net.init();
        return new Run(context, data, plan, net).epochs();
    }

    /** The state of one trial's training. */
    private final class Run {

        private final TrialContext context;
        private final PreparedData data;
        private final TrainingPlan plan;
        private final MultiLayerNetwork net;
        private final FinalValue finalValue = new FinalValue(settings.reduce(), settings.metric().direction());
        private final Optional<PlateauTracker> plateau;
        private long iteration;

        Run(TrialContext context, PreparedData data, TrainingPlan plan, MultiLayerNetwork net) {
            this.context = context;
            this.data = data;
            this.plan = plan;
            this.net = net;
            this.plateau = plan.plateau().map(p -> p.tracker(initialLearningRate(net)));
        }

        double epochs() throws InterruptedException {
            DataSet train = data.train();
            int examples = train.numExamples();
            int batches = Minibatches.count(examples, plan.batchSize());
            for (int epoch = 1; epoch <= plan.maxEpochs(); epoch++) {
                int[] order = Minibatches.order(examples, context.seed(), epoch);
                Scores lastScores = null;
                for (int b = 0; b < batches; b++) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("trial " + context.number() + " was interrupted at epoch "
                                + epoch);
                    }
                    net.fit(plan.adapt(Minibatches.batch(train, order, b, plan.batchSize())));
                    iteration++;
                    double loss = net.score();
                    if (!Double.isFinite(loss)) {
                        throw new DivergedException("at epoch " + epoch + ", iteration " + iteration, loss);
                    }
                    if (settings.reportEvery() > 0 && iteration % settings.reportEvery() == 0) {
                        lastScores = validate(epoch);
                        if (report(iteration, lastScores).isStop()) {
                            return finalValue.last();
                        }
                    }
                }
                if (settings.reportEvery() == 0) {
                    lastScores = validate(epoch);
                    if (report(epoch, lastScores).isStop()) {
                        return finalValue.last();
                    }
                }
                // Per-epoch learning-rate schedules count the epochs the network has seen.
                net.incrementEpochCount();
                if (plateau.isPresent()) {
                    Scores scores = lastScores != null ? lastScores : validate(epoch);
                    plateau.get().epochEnded(scores.loss()).ifPresent(net::setLearningRate);
                }
            }
            if (Double.isNaN(finalValue.value())) {
                // reportEvery larger than the whole run: measure once at the end.
                Scores scores = validate(plan.maxEpochs());
                return report(iteration, scores).isStop() ? finalValue.last() : finalValue.value();
            }
            return finalValue.value();
        }

        /** The learning rate the network starts with: that of its first layer with parameters. */
        private static double initialLearningRate(MultiLayerNetwork net) {
            for (int i = 0; i < net.getnLayers(); i++) {
                Double rate = net.getLearningRate(i);
                if (rate != null) {
                    return rate;
                }
            }
            throw new IllegalStateException("the network has no layer with a learning rate");
        }

        private Scores validate(int epoch) {
            Scores scores = Evaluation.evaluate(net, data.validation(), data.task(), plan::adapt);
            if (!Double.isFinite(scores.loss())) {
                throw new DivergedException("at epoch " + epoch, scores.loss());
            }
            return scores;
        }

        private Verdict report(long step, Scores scores) {
            double value = scores.get(settings.metric());
            finalValue.add(value);
            return context.reporter().report(step, value);
        }
    }
}
