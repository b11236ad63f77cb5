package io.sparktune.trial;

/** An intermediate value of the objective metric, at a step (an epoch, an iteration) of a trial. */
public record Report(long step, double value) implements java.io.Serializable {

    public Report {
        if (step < 0) {
            throw new IllegalArgumentException("step >= 0 must hold, but got step=" + step);
        }
    }
}
