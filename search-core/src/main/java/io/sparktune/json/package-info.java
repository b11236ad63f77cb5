/**
 * The JSON form of trials: {@link io.sparktune.json.TrialJson} writes and reads one trial (the
 * lines of {@code trials.jsonl}), and {@link io.sparktune.json.BestJson} the best configuration users
 * pull ({@code best.json}, {@code sparktune best}, the dashboard's {@code /best}), with no loss:
 * integers stay integers, floats stay floats, and NaN or infinite values survive as strings.
 */
package io.sparktune.json;
