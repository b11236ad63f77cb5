/**
 * Analytic objectives with known optima, so that a study can run with no training at all and
 * strategies can be compared on ground truth: {@code "trainer": {"type": "function", "name":
 * "branin"}}. {@link io.sparktune.strategies.functions.BenchmarkFunctions} names the six functions
 * (branin, hartmann3, hartmann6, rosenbrock, levy, ackley; the last three of any dimension), and
 * {@link io.sparktune.strategies.functions.FunctionTrainer} evaluates one at a trial's parameters
 * {@code x0, x1, ...}, optionally with noise and a synthetic learning curve.
 *
 * <p>{@link io.sparktune.strategies.functions.MultiFidelityFunctions} names two functions with a
 * fidelity, for measuring schedulers: Counting Ones (Falkner, Klein and Hutter 2018) and
 * multi-fidelity Hartmann6 (Kandasamy et al. 2017). The same {@code function} trainer runs them on a
 * {@link io.sparktune.strategies.functions.MultiFidelityTrainer}, whose steps are fidelities.
 *
 * <p>Definitions, domains and optima follow Surjanovic and Bingham, "Virtual Library of Simulation
 * Experiments: Test Functions and Datasets" (Simon Fraser University, 2013), which also gives the
 * original sources cited by each class.
 */
package io.sparktune.strategies.functions;
