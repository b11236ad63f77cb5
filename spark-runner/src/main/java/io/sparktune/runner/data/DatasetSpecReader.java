package io.sparktune.runner.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.spec.JsonKinds;
import io.sparktune.spec.Options;
import io.sparktune.spec.Problems;
import io.sparktune.spec.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@code trainer.dataset}; see {@link DatasetSpec#read}. */
final class DatasetSpecReader {

    static final List<String> TYPES = List.of("digits", "mnist", "fashion-mnist", "csv");
    private static final List<String> TASKS = List.of("classification", "regression");
    private static final String EXAMPLE = "\"digits\", or {\"type\": \"csv\", \"path\": \"data.csv\", \"task\":"
            + " \"classification\"}";

    private DatasetSpecReader() {
    }

    static Optional<DatasetSpec> read(JsonNode node, String path, Problems problems, Path baseDirectory) {
        int before = problems.list().size();
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(path, "is required: the data to train on, such as " + EXAMPLE);
            return Optional.empty();
        }
        if (node.isTextual()) {
            String type = node.asText();
            if (!TYPES.contains(type)) {
                problems.add(path, "must be one of " + String.join(", ", TYPES) + ", got \"" + type + "\""
                        + Suggestions.didYouMean(type, TYPES));
                return Optional.empty();
            }
            if (type.equals("csv")) {
                problems.add(path, "a csv dataset needs its options: an object such as {\"type\": \"csv\","
                        + " \"path\": \"data.csv\", \"task\": \"classification\"}");
                return Optional.empty();
            }
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            object.put("type", type);
            node = object;
        }
        if (!node.isObject()) {
            problems.add(path, "must be a dataset name or an object with a \"type\", such as " + EXAMPLE + ", got "
                    + JsonKinds.describe(node));
            return Optional.empty();
        }
        Options options = Options.of(node, path, problems);
        String type = options.getChoice("type", null, TYPES);
        double fraction = fraction(options);
        long seed = options.getLong("seed", DatasetSpec.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        OptionalInt limit = options.has("limit")
                ? OptionalInt.of(options.getInt("limit", 2, 2, Integer.MAX_VALUE))
                : OptionalInt.empty();
        if (type == null) {
            return Optional.empty();
        }
        DatasetSource source = switch (type) {
            case "digits" -> new DatasetSource.Digits();
            case "mnist" -> idx(options, IdxDataset.MNIST, baseDirectory);
            case "fashion-mnist" -> idx(options, IdxDataset.FASHION_MNIST, baseDirectory);
            default -> csv(options, baseDirectory);
        };
        options.rejectUnknown();
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DatasetSpec(source, fraction, seed, limit));
    }

    private static double fraction(Options options) {
        Optional<JsonNode> raw = options.raw("validationFraction");
        if (raw.isEmpty()) {
            return DatasetSpec.DEFAULT_VALIDATION_FRACTION;
        }
        if (!raw.get().isNumber()) {
            options.problem("validationFraction", "must be a number, got " + JsonKinds.describe(raw.get()));
            return DatasetSpec.DEFAULT_VALIDATION_FRACTION;
        }
        double value = raw.get().asDouble();
        if (!(value > 0 && value < 1)) {
            options.problem("validationFraction", "must be between 0 and 1 (both excluded), got " + value);
            return DatasetSpec.DEFAULT_VALIDATION_FRACTION;
        }
        return value;
    }

    private static DatasetSource idx(Options options, IdxDataset dataset, Path baseDirectory) {
        Optional<Path> directory = Optional.empty();
        if (options.has("directory")) {
            String text = options.getString("directory", null);
            directory = text == null ? Optional.empty() : resolve(options, "directory", text, baseDirectory);
        }
        return new DatasetSource.Idx(dataset, directory);
    }

    private static DatasetSource csv(Options options, Path baseDirectory) {
        int before = options.problems().list().size();
        String pathText = options.getString("path", null);
        String task = options.getChoice("task", null, TASKS);
        boolean header = options.getBoolean("header", false);
        char delimiter = delimiter(options);
        CsvLabel label = label(options, header);
        Optional<Path> file = pathText == null ? Optional.empty() : resolve(options, "path", pathText, baseDirectory);
        file.ifPresent(f -> checkFile(options, f, pathText));
        if (options.problems().list().size() > before) {
            return null;
        }
        DatasetSource.Csv csv = new DatasetSource.Csv(file.orElseThrow(), label, Task.valueOf(task.toUpperCase(
                java.util.Locale.ROOT)), header, delimiter);
        checkLabel(options, csv);
        return csv;
    }

    private static Optional<Path> resolve(Options options, String key, String text, Path baseDirectory) {
        if (text.isBlank()) {
            options.problem(key, "must not be empty");
            return Optional.empty();
        }
        try {
            return Optional.of(baseDirectory.resolve(text).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            options.problem(key, "is not a valid path: " + e.getReason());
            return Optional.empty();
        }
    }

    private static void checkFile(Options options, Path file, String given) {
        String resolved = Path.of(given).isAbsolute() ? "" : " (relative paths resolve against the study file's"
                + " folder)";
        if (Files.isDirectory(file)) {
            options.problem("path", "is a folder, not a CSV file: " + file);
        } else if (!Files.isRegularFile(file)) {
            options.problem("path", "no such file: " + file + resolved);
        } else if (!Files.isReadable(file)) {
            options.problem("path", "cannot be read: permission denied: " + file);
        }
    }

    private static char delimiter(Options options) {
        String text = options.getString("delimiter", ",");
        if (text == null || text.length() != 1) {
            options.problem("delimiter", "must be one character, such as \",\", \";\" or \"\\t\", got \""
                    + text + "\"");
            return ',';
        }
        char c = text.charAt(0);
        if (c == '"' || c == '\n' || c == '\r') {
            options.problem("delimiter", "must not be a quote or a line break");
            return ',';
        }
        return c;
    }

    private static CsvLabel label(Options options, boolean header) {
        Optional<JsonNode> raw = options.raw("label");
        if (raw.isEmpty()) {
            return new CsvLabel.Last();
        }
        JsonNode node = raw.get();
        if (node.isIntegralNumber() && node.canConvertToInt() && node.asInt() >= 0) {
            return new CsvLabel.Index(node.asInt());
        }
        if (node.isTextual() && !node.asText().isEmpty()) {
            if (!header) {
                options.problem("label", "names the column \"" + node.asText() + "\", which needs \"header\": true;"
                        + " without a header line give the column's 0-based index, such as 4");
                return new CsvLabel.Last();
            }
            return new CsvLabel.Named(node.asText());
        }
        options.problem("label", "must be a column name (with \"header\": true) or a 0-based column index,"
                + " got " + JsonKinds.describe(node));
        return new CsvLabel.Last();
    }

    /** The label's column against the file's first line: a bad one is bad input, found before any training. */
    private static void checkLabel(Options options, DatasetSource.Csv csv) {
        try (CsvLines lines = new CsvLines(CsvLines.open(csv.path()), csv.delimiter(), csv.path().toString())) {
            Optional<CsvLines.Line> first = lines.next();
            if (first.isEmpty()) {
                options.problem("path", "the file is empty: " + csv.path());
                return;
            }
            CsvColumns.labelIndex(csv.label(), first.get().values(), csv.header(), csv.path().toString());
        } catch (DatasetException e) {
            options.problem(csv.label() instanceof CsvLabel.Last ? "path" : "label", e.getMessage());
        } catch (IOException e) {
            options.problem("path", "cannot be read: " + csv.path() + ": " + e.getMessage());
        }
    }
}
