package io.sparktune.spec;

import java.util.regex.Pattern;

/**
 * JSON paths as problems name them: {@code $.space.lr.low}, {@code $.space.opt.choices[2]}, and
 * {@code $.space["learning rate"]} for a key that is not a plain identifier.
 */
public final class JsonPaths {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private JsonPaths() {
    }

    /** The path of {@code key} inside the object at {@code parent}. */
    public static String child(String parent, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** The path of element {@code index} of the list at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
