package io.sparktune.runner.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.zip.ZipException;

/** Reads the examples of a CSV file: every column but the label's is a feature. */
final class CsvLoader {

    private static final int NAMED_CLASSES = 10;

    private CsvLoader() {
    }

    static Examples load(DatasetSource.Csv csv, OptionalInt limit) {
        String file = csv.path().toString();
        try (CsvLines lines = new CsvLines(CsvLines.open(csv.path()), csv.delimiter(), file)) {
            return read(lines, file, csv.path().getFileName().toString(), csv.label(), csv.task(), csv.header(),
                    limit);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new DatasetException(file + ": cannot be read: permission denied");
        } catch (ZipException e) {
            throw new DatasetException(file + ": its name ends in .gz, but it is not gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot be read: " + e, e);
        }
    }

    /**
     * Reads every example from {@code lines}.
     *
     * @param file the file, for messages
     * @param name what the data is called in its description
     */
    static Examples read(CsvLines lines, String file, String name, CsvLabel label, Task task, boolean header,
            OptionalInt limit) throws IOException {
        Optional<CsvLines.Line> first = lines.next();
        if (first.isEmpty()) {
            throw new DatasetException(file + ": the file is empty");
        }
        List<String> columns = first.get().values();
        int width = columns.size();
        int labelColumn = CsvColumns.labelIndex(label, columns, header, file);
        if (width < 2) {
            throw new DatasetException(file + ": line " + first.get().number() + " has 1 column, but each example"
                    + " needs at least 2: its features and its label");
        }
        String widthSource = header ? "the header (line " + first.get().number() + ") has "
                : "line " + first.get().number() + " has ";
        Floats features = new Floats();
        Floats targets = new Floats();
        List<String> classes = new ArrayList<>();
        int max = limit.orElse(Integer.MAX_VALUE);
        int count = 0;
        for (Optional<CsvLines.Line> next = header ? lines.next() : first; next.isPresent() && count < max;
                next = lines.next()) {
            CsvLines.Line line = next.get();
            if (line.values().size() != width) {
                throw new DatasetException(file + ": line " + line.number() + " has " + line.values().size()
                        + " values, but " + widthSource + width);
            }
            for (int c = 0; c < width; c++) {
                if (c != labelColumn) {
                    features.add(number(line, c, header ? columns : null, file));
                }
            }
            if (task == Task.CLASSIFICATION) {
                String value = line.values().get(labelColumn);
                if (value.isEmpty()) {
                    throw new DatasetException(at(line, labelColumn, header ? columns : null, file)
                            + ": the label is empty");
                }
                classes.add(value);
            } else {
                targets.add(number(line, labelColumn, header ? columns : null, file));
            }
            count++;
        }
        if (count == 0) {
            throw new DatasetException(file + ": no examples" + (header ? " after the header" : ""));
        }
        InputShape input = new InputShape.Flat(width - 1);
        Examples.Rows rows = Examples.Rows.of(features.toArray(), width - 1);
        if (task == Task.REGRESSION) {
            return new Examples(name + ", " + (width - 1) + " features, regression", task, input, 1, count, rows,
                    targets.toArray());
        }
        ClassLabels labels = ClassLabels.of(classes);
        if (labels.names().size() < 2) {
            throw new DatasetException(file + ": every label is \"" + labels.names().get(0)
                    + "\", but classification needs at least 2 classes");
        }
        return new Examples(name + ", " + (width - 1) + " features, " + describe(labels.names()), task, input,
                labels.names().size(), count, rows, labels.indices());
    }

    private static float number(CsvLines.Line line, int column, List<String> names, String file) {
        String text = line.values().get(column);
        if (text.isEmpty()) {
            throw new DatasetException(at(line, column, names, file) + ": the value is empty");
        }
        float value;
        try {
            value = Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new DatasetException(at(line, column, names, file) + ": \"" + text + "\" is not a number");
        }
        if (!Float.isFinite(value)) {
            throw new DatasetException(at(line, column, names, file) + ": \"" + text + "\" is not a finite number");
        }
        return value;
    }

    private static String at(CsvLines.Line line, int column, List<String> names, String file) {
        return file + ": line " + line.number() + ", column "
                + (names == null ? "index " + column : "\"" + names.get(column) + "\" (index " + column + ")");
    }

    private static String describe(List<String> classes) {
        String shown = classes.stream().limit(NAMED_CLASSES).collect(Collectors.joining(", "));
        return classes.size() + " classes (" + shown + (classes.size() > NAMED_CLASSES ? ", ..." : "") + ")";
    }

    /** A growing array of floats. */
    private static final class Floats {

        private float[] values = new float[1024];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, 2L * size)));
            }
            values[size++] = value;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
