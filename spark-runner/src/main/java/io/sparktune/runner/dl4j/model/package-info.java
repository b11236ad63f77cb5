/**
 * Networks and optimisers from hyperparameters, for the DL4J trainer: the model templates
 * ({@code mlp}, {@code cnn}, {@code lstm}), the hyperparameters they know with their types, ranges
 * and defaults, the check of a study against them before any training ({@link
 * io.sparktune.runner.dl4j.model.Models#check}), and the network of one trial with its
 * {@link io.sparktune.runner.dl4j.model.TrainingPlan} ({@link io.sparktune.runner.dl4j.model.Models#build}).
 *
 * <p>Every network is built in FLOAT, seeded (same hyperparameters and seed, same initial weights),
 * with DL4J's workspaces on. The output layer follows the task: softmax and cross-entropy for
 * classification, identity and mean squared error for regression. docs/dl4j-hyperparameters.md is
 * the user's reference.
 */
package io.sparktune.runner.dl4j.model;
