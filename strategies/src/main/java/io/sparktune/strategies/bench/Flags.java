package io.sparktune.strategies.bench;

import io.sparktune.spec.Problems;
import io.sparktune.spec.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line flags as {@code --name value} pairs and bare switches, read into a map from flag to
 * value (a switch maps to {@code "true"}); {@code --name=value} works too. Unknown flags, missing
 * values and repeated flags are problems named by their flag; the word after an unknown flag is taken
 * as its value and skipped.
 */
final class Flags {

    private Flags() {
    }

    /**
     * Reads {@code args}; {@code valued} lists the flags that take a value, {@code switches} those
     * that do not. Problems go to {@code problems}.
     */
    static Map<String, String> parse(List<String> args, Set<String> valued, Set<String> switches, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (out.containsKey(name)) {
                problems.add(name, "is given twice");
            }
            if (switches.contains(name) && inline == null) {
                out.put(name, "true");
            } else if (valued.contains(name)) {
                if (inline != null) {
                    out.put(name, inline);
                } else if (i + 1 < args.size()) {
                    out.put(name, args.get(++i));
                } else {
                    problems.add(name, "needs a value");
                }
            } else {
                Set<String> known = new java.util.TreeSet<>(valued);
                known.addAll(switches);
                problems.add(name, (name.startsWith("-") ? "unknown flag" : "unexpected argument")
                        + Suggestions.didYouMean(name, known) + " (known: " + String.join(", ", known) + ")");
                if (name.startsWith("--") && inline == null && i + 1 < args.size()
                        && !args.get(i + 1).startsWith("--")) {
                    i++; // its value, most likely
                }
            }
        }
        return out;
    }
}
