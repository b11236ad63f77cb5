package io.sparktune.runner.dl4j.model;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Stochastic gradient descent with classical (heavy-ball) momentum, Polyak, "Some methods of
 * speeding up the convergence of iteration methods" (1964), in the form of Sutskever, Martens, Dahl
 * and Hinton, "On the importance of initialization and momentum in deep learning", ICML 2013, as
 * PyTorch's {@code SGD(momentum=mu)} computes it: {@code v = mu * v + g}, {@code theta -= lr * v}.
 * DL4J has Nesterov's variant only ({@code Nesterovs}).
 *
 * <p>A configuration value: Jackson writes and reads it with the network's configuration.
 */
public final class Momentum implements IUpdater {

    private static final long serialVersionUID = 1L;

    @JsonProperty
    private double learningRate;
    @JsonProperty
    private ISchedule learningRateSchedule;
    @JsonProperty
    private double momentum;

    /** For Jackson. */
    public Momentum() {
        this(1e-3, null, 0.9);
    }

    /**
     * @param learningRate the learning rate when {@code learningRateSchedule} is null
     * @param learningRateSchedule the learning rate by iteration and epoch, or null
     * @param momentum {@code mu}, in {@code [0, 1)}
     */
    public Momentum(double learningRate, ISchedule learningRateSchedule, double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("0 <= momentum < 1 must hold, but got " + momentum);
        }
        this.learningRate = learningRate;
        this.learningRateSchedule = learningRateSchedule;
        this.momentum = momentum;
    }

    public double getMomentum() {
        return momentum;
    }

    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    @Override
    public GradientUpdater<Momentum> instantiate(INDArray viewArray, boolean initializeViewArray) {
        MomentumUpdater u = new MomentumUpdater(this);
        u.setStateViewArray(viewArray, viewArray.shape().clone(), viewArray.ordering(), initializeViewArray);
        return u;
    }

    @Override
    public GradientUpdater<Momentum> instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        MomentumUpdater u = new MomentumUpdater(this);
        u.setState(state, initializeStateArrays);
        return u;
    }

    @Override
    public Momentum clone() {
        return new Momentum(learningRate, learningRateSchedule == null ? null : learningRateSchedule.clone(),
                momentum);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRateSchedule == null ? learningRate : learningRateSchedule.valueAt(iteration, epoch);
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule lrSchedule) {
        this.learningRate = lr;
        this.learningRateSchedule = lrSchedule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Momentum m && m.learningRate == learningRate && m.momentum == momentum
                && Objects.equals(m.learningRateSchedule, learningRateSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, learningRateSchedule, momentum);
    }

    @Override
    public String toString() {
        return "Momentum(learningRate=" + learningRate + ", learningRateSchedule=" + learningRateSchedule
                + ", momentum=" + momentum + ")";
    }
}
