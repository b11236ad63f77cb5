package io.sparktune.runner.data;

import java.util.List;

/** The image sets kept as idx files (LeCun's format): 28x28 grey images in 10 classes, 60,000 for training. */
public enum IdxDataset {

    /** Handwritten digits: LeCun, Cortes and Burges, "The MNIST database of handwritten digits". */
    MNIST("mnist", "MNIST", "examples/fetch-mnist.sh"),
    /** Zalando's clothing photos: Xiao, Rasul and Vollgraf, "Fashion-MNIST", arXiv:1708.07747 (2017). */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", "examples/fetch-fashion-mnist.sh");

    /** The training images and labels, the only files read (the test files stay untouched for a final check). */
    static final List<String> TRAINING_FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte");

    private final String jsonName;
    private final String title;
    private final String fetchScript;

    IdxDataset(String jsonName, String title, String fetchScript) {
        this.jsonName = jsonName;
        this.title = title;
        this.fetchScript = fetchScript;
    }

    /** The dataset's {@code type} in a study file, and the name of its default folder under {@code examples/data}. */
    public String jsonName() {
        return jsonName;
    }

    /** The dataset's usual name, for messages. */
    public String title() {
        return title;
    }

    /** The script, relative to the project folder, that fetches the files. */
    public String fetchScript() {
        return fetchScript;
    }

    /** The image size: 28x28, one channel. */
    public InputShape.Image shape() {
        return new InputShape.Image(28, 28, 1);
    }
}
