package io.sparktune.runner.dl4j.model;

import io.sparktune.spec.Suggestions;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean" for hyperparameter names: the same name in another spelling
 * ({@code learning_rate}, {@code BatchSize}), a name that other libraries use ({@code lr},
 * {@code epochs}, {@code hidden_size}), or else the closest name by edit distance.
 */
final class NameSuggestions {

    /** Names from Keras, PyTorch and Optuna examples, written without case, '_' or '-'. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("lr", Hyperparameters.LEARNING_RATE),
            Map.entry("eta", Hyperparameters.LEARNING_RATE),
            Map.entry("epochs", Hyperparameters.MAX_EPOCHS),
            Map.entry("numepochs", Hyperparameters.MAX_EPOCHS),
            Map.entry("nepochs", Hyperparameters.MAX_EPOCHS),
            Map.entry("batch", Hyperparameters.BATCH_SIZE),
            Map.entry("numlayers", Hyperparameters.LAYERS),
            Map.entry("nlayers", Hyperparameters.LAYERS),
            Map.entry("hiddenlayers", Hyperparameters.LAYERS),
            Map.entry("depth", Hyperparameters.LAYERS),
            Map.entry("hiddensize", Hyperparameters.UNITS),
            Map.entry("hiddenunits", Hyperparameters.UNITS),
            Map.entry("nunits", Hyperparameters.UNITS),
            Map.entry("width", Hyperparameters.UNITS),
            Map.entry("neurons", Hyperparameters.UNITS),
            Map.entry("optim", Hyperparameters.OPTIMIZER),
            Map.entry("solver", Hyperparameters.OPTIMIZER),
            Map.entry("updater", Hyperparameters.OPTIMIZER),
            Map.entry("act", Hyperparameters.ACTIVATION),
            Map.entry("init", Hyperparameters.WEIGHT_INIT),
            Map.entry("bn", Hyperparameters.BATCH_NORM),
            Map.entry("batchnormalization", Hyperparameters.BATCH_NORM),
            Map.entry("dropoutrate", Hyperparameters.DROPOUT),
            Map.entry("lrschedule", Hyperparameters.SCHEDULE),
            Map.entry("gradclip", Hyperparameters.GRADIENT_CLIPPING),
            Map.entry("clipping", Hyperparameters.GRADIENT_CLIPPING),
            Map.entry("kernel", Hyperparameters.KERNEL_SIZE),
            Map.entry("numfilters", Hyperparameters.FILTERS),
            Map.entry("channels", Hyperparameters.FILTERS),
            Map.entry("patience", Hyperparameters.PLATEAU_PATIENCE),
            Map.entry("gamma", Hyperparameters.DECAY_RATE),
            Map.entry("stepsize", Hyperparameters.DECAY_EVERY));

    private NameSuggestions() {
    }

    /** The known name {@code given} most likely meant, if any. */
    static Optional<String> closest(String given, Collection<String> known) {
        String plain = plain(given);
        for (String k : known) {
            if (plain(k).equals(plain)) {
                return Optional.of(k);
            }
        }
        String alias = ALIASES.get(plain);
        if (alias != null && known.contains(alias)) {
            return Optional.of(alias);
        }
        return Suggestions.closest(given, known);
    }

    /** {@code ", did you mean \"x\"?"} or the empty string. */
    static String didYouMean(String given, Collection<String> known) {
        return closest(given, known).map(s -> ", did you mean \"" + s + "\"?").orElse("");
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
