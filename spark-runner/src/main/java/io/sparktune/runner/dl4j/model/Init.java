package io.sparktune.runner.dl4j.model;

import org.deeplearning4j.nn.weights.WeightInit;

/**
 * Weight initialisations, each a zero-mean normal distribution scaled by the layer's fan-in and
 * fan-out:
 * <ul>
 *   <li>{@code xavier} (alias {@code glorot}): variance {@code 2 / (fanIn + fanOut)}, Glorot and Bengio,
 *       "Understanding the difficulty of training deep feedforward neural networks", AISTATS 2010;</li>
 *   <li>{@code he}: variance {@code 2 / fanIn}, He, Zhang, Ren and Sun, "Delving deep into rectifiers",
 *       ICCV 2015;</li>
 *   <li>{@code lecun}: variance {@code 1 / fanIn}, LeCun, Bottou, Orr and Mueller, "Efficient BackProp"
 *       (1998), as Klambauer et al. (2017) require for SELU.</li>
 * </ul>
 */
enum Init implements Choice {
    XAVIER("xavier", WeightInit.XAVIER),
    GLOROT("glorot", WeightInit.XAVIER),
    HE("he", WeightInit.RELU),
    LECUN("lecun", WeightInit.LECUN_NORMAL);

    private final String key;
    private final WeightInit dl4j;

    Init(String key, WeightInit dl4j) {
        this.key = key;
        this.dl4j = dl4j;
    }

    @Override
    public String key() {
        return key;
    }

    WeightInit dl4j() {
        return dl4j;
    }
}
