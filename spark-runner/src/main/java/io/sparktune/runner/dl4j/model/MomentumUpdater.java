package io.sparktune.runner.dl4j.model;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.learning.GradientUpdater;

/** The state of {@link Momentum} for one block of parameters: the velocity {@code v}. */
final class MomentumUpdater implements GradientUpdater<Momentum> {

    static final String V_STATE = "V";

    private final Momentum config;
    private INDArray v;

    MomentumUpdater(Momentum config) {
        this.config = config;
    }

    @Override
    public Momentum getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> state, boolean initialize) {
        if (state == null || state.size() != 1 || !state.containsKey(V_STATE)) {
            throw new IllegalStateException("the state must hold exactly the key " + V_STATE + ", but got "
                    + (state == null ? null : state.keySet()));
        }
        v = state.get(V_STATE);
        if (initialize) {
            v.assign(0);
        }
    }

    @Override
    public Map<String, INDArray> getState() {
        return Map.of(V_STATE, v);
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        if (initialize) {
            viewArray.assign(0);
        }
        v = Shape.newShapeNoCopy(viewArray, gradientShape, gradientOrder == 'f');
        if (v == null) {
            throw new IllegalStateException("the velocity view must take the gradient's shape "
                    + java.util.Arrays.toString(gradientShape) + " without a copy, but it cannot");
        }
    }

    /** Turns {@code gradient} into the step that DL4J subtracts: {@code v = mu * v + g; step = lr * v}. */
    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        if (v == null) {
            throw new IllegalStateException("the updater state must be set before the first update");
        }
        double lr = config.getLearningRate(iteration, epoch);
        v.muli(config.getMomentum()).addi(gradient);
        gradient.assign(v).muli(lr);
    }
}
