package io.sparktune.runner.dl4j.model;

import java.util.Optional;
import org.deeplearning4j.nn.conf.layers.PoolingType;

/** The pooling after each convolution block of the cnn: 2x2 windows with stride 2, or none. */
enum Pooling implements Choice {
    MAX("max", PoolingType.MAX),
    AVG("avg", PoolingType.AVG),
    NONE("none", null);

    private final String key;
    private final PoolingType dl4j;

    Pooling(String key, PoolingType dl4j) {
        this.key = key;
        this.dl4j = dl4j;
    }

    @Override
    public String key() {
        return key;
    }

    Optional<PoolingType> dl4j() {
        return Optional.ofNullable(dl4j);
    }
}
