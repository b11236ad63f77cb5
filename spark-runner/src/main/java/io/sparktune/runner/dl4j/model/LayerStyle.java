package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Hyperparameters.ACTIVATION;
import static io.sparktune.runner.dl4j.model.Hyperparameters.BATCH_NORM;
import static io.sparktune.runner.dl4j.model.Hyperparameters.DROPOUT;
import static io.sparktune.runner.dl4j.model.Hyperparameters.L1;
import static io.sparktune.runner.dl4j.model.Hyperparameters.L2;
import static io.sparktune.runner.dl4j.model.Hyperparameters.WEIGHT_DECAY;
import static io.sparktune.runner.dl4j.model.Hyperparameters.WEIGHT_INIT;

import io.sparktune.runner.data.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.dropout.AlphaDropout;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * What every weight layer of a template shares: activation, weight initialisation, dropout,
 * regularisation and batch normalisation.
 *
 * <p>Dropout (Srivastava et al., "Dropout: A Simple Way to Prevent Neural Networks from
 * Overfitting", JMLR 2014) drops each output of a hidden layer with probability {@code dropout}:
 * in DL4J, whose dropout acts on a layer's input and takes the probability of keeping a unit, every
 * weight layer but the first gets {@code Dropout(1 - dropout)}. With SELU it is alpha dropout,
 * which keeps the self-normalising property (Klambauer et al., NeurIPS 2017).
 *
 * <p>L1 and L2 add {@code l1 * |w|} and {@code l2 * w^2 / 2} to the loss; {@code weightDecay} is
 * decoupled weight decay, {@code w -= lr * weightDecay * w} after the optimiser's step (Loshchilov
 * and Hutter, "Decoupled Weight Decay Regularization", ICLR 2019; with Adam this is AdamW). All three
 * apply to weights, not to biases or batch-normalisation parameters. They are set on each layer:
 * DL4J 1.0.0-M2.1 adds a network-wide weight decay to each layer twice.
 *
 * <p>Batch normalisation (Ioffe and Szegedy, ICML 2015) goes between a layer's weights and its
 * activation: weights (no bias), batch normalisation, activation.
 */
final class LayerStyle {

    private final HiddenActivation activation;
    private final Optional<Init> explicitInit;
    private final double dropout;
    private final boolean batchNorm;
    private final double l1;
    private final double l2;
    private final double weightDecay;

    private LayerStyle(Settings s) {
        this.activation = s.choice(ACTIVATION, HiddenActivation.class);
        this.explicitInit = s.optionalChoice(WEIGHT_INIT, Init.class);
        this.dropout = s.number(DROPOUT);
        this.batchNorm = s.flag(BATCH_NORM);
        this.l1 = s.number(L1);
        this.l2 = s.number(L2);
        this.weightDecay = s.number(WEIGHT_DECAY);
    }

    static LayerStyle of(Settings s) {
        return new LayerStyle(s);
    }

    /** The initialisation of hidden layers: the one given, or the activation's default. */
    Init init() {
        return explicitInit.orElse(activation.defaultInit());
    }

    /** The initialisation of layers whose activation is fixed ({@code fixed}'s default unless one is given). */
    Init initFor(HiddenActivation fixed) {
        return explicitInit.orElse(fixed.defaultInit());
    }

    /** Adds a fully connected hidden layer of {@code units} (with batch normalisation if on). */
    void dense(ListBuilder list, int units, boolean afterHidden) {
        DenseLayer.Builder b = new DenseLayer.Builder().nOut(units);
        list.layer(activated(weights(b, init(), afterHidden)).build());
        normalizeAndActivate(list);
    }

    /** Adds a same-size convolution of {@code filters} {@code kernel x kernel} filters, stride 1. */
    void convolution(ListBuilder list, int kernel, int filters, boolean afterHidden) {
        ConvolutionLayer.Builder b = new ConvolutionLayer.Builder(kernel, kernel).stride(1, 1).nOut(filters);
        list.layer(activated(weights(b, init(), afterHidden)).build());
        normalizeAndActivate(list);
    }

    /** The output layer: softmax and cross-entropy for classification, identity and squared error for regression. */
    OutputLayer output(Task task, int outputs) {
        OutputLayer.Builder b = task == Task.CLASSIFICATION
                ? new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX)
                : new OutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY);
        return weights(b.nOut(outputs), Init.XAVIER, true).build();
    }

    /** Sets initialisation, regularisation and (on the output of a hidden layer) dropout on {@code b}. */
    <B extends BaseLayer.Builder<B>> B weights(B b, Init init, boolean afterHidden) {
        b.weightInit(init.dl4j()).regularization(regularization());
        dropout(afterHidden).ifPresent(b::dropOut);
        return b;
    }

    /** The dropout on the input of a layer that follows a hidden layer; none on the network's input. */
    Optional<IDropout> dropout(boolean afterHidden) {
        if (!afterHidden || dropout == 0) {
            return Optional.empty();
        }
        return Optional.of(activation == HiddenActivation.SELU ? new AlphaDropout(1 - dropout)
                : new Dropout(1 - dropout));
    }

    /** A fresh list for each layer: l1, l2, decoupled weight decay, those that are not 0. */
    List<Regularization> regularization() {
        List<Regularization> out = new ArrayList<>();
        if (l1 > 0) {
            out.add(new L1Regularization(l1));
        }
        if (l2 > 0) {
            out.add(new L2Regularization(l2));
        }
        if (weightDecay > 0) {
            out.add(new WeightDecay(weightDecay, true));
        }
        return out;
    }

    private <B extends BaseLayer.Builder<B>> B activated(B b) {
        if (batchNorm) {
            b.activation(Activation.IDENTITY);
            if (b instanceof DenseLayer.Builder d) {
                d.hasBias(false);
            } else if (b instanceof ConvolutionLayer.Builder c) {
                c.hasBias(false);
            }
        } else {
            b.activation(activation.dl4j());
        }
        return b;
    }

    private void normalizeAndActivate(ListBuilder list) {
        if (batchNorm) {
            list.layer(new BatchNormalization.Builder().build());
            list.layer(new ActivationLayer.Builder().activation(activation.dl4j()).build());
        }
    }
}
