/**
 * Analytic objectives with known optima, so that a study can run with no training at all and
 * strategies can be compared on ground truth: {@code "trainer": {"type": "function", "name":
 * "branin"}}. {@link io.sparktune.strategies.functions.BenchmarkFunctions} names the six functions
 * (branin, hartmann3, hartmann6, rosenbrock, levy, ackley; the last three of any dimension), and
 * {@link io.sparktune.strategies.functions.FunctionTrainer} evaluates one at a trial's parameters
 * {@code x0, x1, ...}, optionally with noise and a synthetic learning curve.
 *
 * <p>Definitions, domains and optima follow Surjanovic and Bingham, "Virtual Library of Simulation
 * Experiments: Test Functions and Datasets" (Simon Fraser University, 2013), which also gives the
 * original sources cited by each class.
 */
package io.sparktune.strategies.functions;
