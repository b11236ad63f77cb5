package io.sparktune.runner.dl4j.model;

import org.nd4j.linalg.activations.Activation;

/**
 * The activations of hidden layers, each with the weight initialisation that keeps the variance of
 * its signal steady when {@code weightInit} is not given: {@link Init#HE} for the rectifier family
 * (ReLU; leaky ReLU with slope 0.01, Maas et al. 2013; ELU, Clevert et al. 2016; swish,
 * {@code x * sigmoid(x)}, Ramachandran et al. 2017), {@link Init#LECUN} for SELU (Klambauer,
 * Unterthiner, Mayr and Hochreiter, "Self-Normalizing Neural Networks", NeurIPS 2017) and
 * {@link Init#XAVIER} for tanh and the sigmoid.
 */
enum HiddenActivation implements Choice {
    RELU("relu", Activation.RELU, Init.HE),
    LEAKYRELU("leakyrelu", Activation.LEAKYRELU, Init.HE),
    ELU("elu", Activation.ELU, Init.HE),
    SELU("selu", Activation.SELU, Init.LECUN),
    SWISH("swish", Activation.SWISH, Init.HE),
    TANH("tanh", Activation.TANH, Init.XAVIER),
    SIGMOID("sigmoid", Activation.SIGMOID, Init.XAVIER);

    private final String key;
    private final Activation dl4j;
    private final Init defaultInit;

    HiddenActivation(String key, Activation dl4j, Init defaultInit) {
        this.key = key;
        this.dl4j = dl4j;
        this.defaultInit = defaultInit;
    }

    @Override
    public String key() {
        return key;
    }

    Activation dl4j() {
        return dl4j;
    }

    /** The initialisation used when {@code weightInit} is not given. */
    Init defaultInit() {
        return defaultInit;
    }
}
