package io.sparktune.runner.data;

import io.sparktune.spec.Suggestions;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the label's column in a CSV file's first line; the messages list the columns there are. */
final class CsvColumns {

    private static final int LISTED = 20;

    private CsvColumns() {
    }

    /**
     * The 0-based index of the label column.
     *
     * @param first the values of the file's first non-blank line: the header when {@code header}
     * @param file the file, for messages
     * @throws DatasetException when the label names no column of the header, or its index is out of range
     */
    static int labelIndex(CsvLabel label, List<String> first, boolean header, String file) {
        int columns = first.size();
        if (label instanceof CsvLabel.Named named) {
            int index = first.indexOf(named.name());
            if (index < 0) {
                throw new DatasetException("the header of " + file + " has no column \"" + named.name() + "\""
                        + Suggestions.didYouMean(named.name(), first) + " (its columns: " + list(first) + ")");
            }
            return index;
        }
        if (label instanceof CsvLabel.Index index) {
            if (index.index() >= columns) {
                throw new DatasetException("column " + index.index() + " is out of range: " + file + " has "
                        + columns + " column" + (columns == 1 ? "" : "s") + ", 0 to " + (columns - 1)
                        + (header ? " (" + list(first) + ")" : ""));
            }
            return index.index();
        }
        return columns - 1;
    }

    /** Names for messages: the first twenty, then how many more. */
    static String list(List<String> names) {
        String shown = names.stream().limit(LISTED).map(CsvColumns::quoted).collect(Collectors.joining(", "));
        return names.size() > LISTED ? shown + ", ... (" + names.size() + " in all)" : shown;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
