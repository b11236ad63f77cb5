package io.sparktune.runner.dl4j;

/** A training loss that became NaN or infinite; the trial ends FAILED with this message. */
final class DivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DivergedException(String where, double loss) {
        super("diverged " + where + " (loss " + (Double.isNaN(loss) ? "NaN" : loss > 0 ? "+Infinity" : "-Infinity")
                + ")");
    }
}
