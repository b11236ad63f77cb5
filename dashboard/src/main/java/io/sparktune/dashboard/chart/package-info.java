/**
 * The dashboard's charts, drawn on the server as SVG text: pure functions from a study's trials to
 * an {@code <svg>} string, so that the browser needs no chart library and the charts can be tested
 * without one. Long curves are thinned here ({@link io.sparktune.dashboard.chart.Thinning}) so that a
 * page stays light however many reports a study holds.
 */
package io.sparktune.dashboard.chart;
