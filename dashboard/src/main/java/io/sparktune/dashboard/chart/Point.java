package io.sparktune.dashboard.chart;

/**
 * A point of a curve, in data units.
 *
 * @param x the position along the horizontal axis (a step, a trial number)
 * @param y the value
 */
public record Point(double x, double y) {
}
