package io.sparktune.runner.dl4j.model;

import org.deeplearning4j.nn.conf.GradientNormalization;

/**
 * Gradient clipping (Pascanu, Mikolov and Bengio, "On the difficulty of training recurrent neural
 * networks", ICML 2013): each gradient element into {@code [-clipThreshold, clipThreshold]}
 * ({@code value}), or each layer's gradient rescaled so that its L2 norm is at most
 * {@code clipThreshold} ({@code norm}; per layer, where PyTorch's {@code clip_grad_norm_} takes the
 * norm of all parameters together).
 */
enum Clipping implements Choice {
    NONE("none", GradientNormalization.None),
    VALUE("value", GradientNormalization.ClipElementWiseAbsoluteValue),
    NORM("norm", GradientNormalization.ClipL2PerLayer);

    private final String key;
    private final GradientNormalization dl4j;

    Clipping(String key, GradientNormalization dl4j) {
        this.key = key;
        this.dl4j = dl4j;
    }

    @Override
    public String key() {
        return key;
    }

    GradientNormalization dl4j() {
        return dl4j;
    }
}
