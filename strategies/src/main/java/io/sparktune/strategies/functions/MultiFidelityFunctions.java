package io.sparktune.strategies.functions;

import java.util.List;
import java.util.Set;

/**
 * The multi-fidelity functions by name: {@code countingones} (Counting Ones, whose dimensions come
 * from the space) and {@code mfhartmann6} (multi-fidelity Hartmann6).
 */
public final class MultiFidelityFunctions {

    /** Counting Ones in the BOHB paper's 16-dimensional setting: 8 categorical and 8 continuous. */
    static final int STANDARD_CATEGORICAL = 8;
    static final int STANDARD_CONTINUOUS = 8;

    private static final List<String> NAMES = List.of("countingones", "mfhartmann6");

    private MultiFidelityFunctions() {
    }

    /** Every name, in a fixed order. */
    public static Set<String> names() {
        return new java.util.LinkedHashSet<>(NAMES);
    }

    public static boolean isMultiFidelity(String name) {
        return NAMES.contains(name);
    }

    /**
     * The function {@code name} in its standard setting: Counting Ones with 8 categorical and 8
     * continuous parameters and 729 samples at full fidelity; multi-fidelity Hartmann6.
     */
    public static MultiFidelityFunction standard(String name) {
        return switch (name) {
            case "countingones" -> countingOnes(STANDARD_CATEGORICAL, STANDARD_CONTINUOUS, CountingOnes.DEFAULT_SAMPLES);
            case "mfhartmann6" -> new MultiFidelityHartmann();
            default -> throw new IllegalArgumentException("name must be one of " + String.join(", ", NAMES)
                    + ", but got \"" + name + "\"");
        };
    }

    /** Counting Ones with {@code categorical} parameters c0.., {@code continuous} ones x0.., and {@code samples} at full fidelity. */
    public static MultiFidelityFunction countingOnes(int categorical, int continuous, int samples) {
        return new CountingOnes(categorical, continuous, samples);
    }
}
