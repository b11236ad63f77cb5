package io.sparktune.runner.dl4j.model;

/**
 * How the widths of an MLP's hidden layers follow from {@code units}, for hidden layer
 * {@code i = 1 .. L} ({@code L = layers}, {@code u = units}, {@code o} = the number of outputs):
 * <ul>
 *   <li>{@code constant}: {@code u} in every layer;</li>
 *   <li>{@code pyramid}: halved from layer to layer, {@code round(u / 2^(i-1))} (64, 32, 16);</li>
 *   <li>{@code funnel}: a straight line from {@code u} toward the output width,
 *       {@code round(u + (o - u) * (i-1) / L)} (64, 46, 28 for 10 outputs);</li>
 * </ul>
 * never below 1. A per-layer {@code units1 .. units5} overrides the shape for its layer. Shaped
 * widths let one or two hyperparameters describe a whole architecture, as the shaped MLPs of
 * Auto-PyTorch do (Zimmer, Lindauer and Hutter, "Auto-PyTorch Tabular", TPAMI 2021).
 */
enum UnitsShape implements Choice {
    CONSTANT("constant"),
    PYRAMID("pyramid"),
    FUNNEL("funnel");

    private final String key;

    UnitsShape(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The width of hidden layer {@code i} (1-based) of {@code layers}, before any per-layer override. */
    int width(int i, int layers, int units, int outputs) {
        double w = switch (this) {
            case CONSTANT -> units;
            case PYRAMID -> units / Math.pow(2, i - 1);
            case FUNNEL -> units + (outputs - units) * (double) (i - 1) / layers;
        };
        return (int) Math.max(1, Math.round(w));
    }
}
