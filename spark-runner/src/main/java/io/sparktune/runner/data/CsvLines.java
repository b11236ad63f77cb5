package io.sparktune.runner.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads CSV text line by line: one example a line; blank lines skipped; values trimmed; a value may
 * be quoted with double quotes ({@code ""} inside stands for one quote), but a line break inside
 * quotes is not supported. A UTF-8 byte order mark at the start is dropped.
 */
final class CsvLines implements AutoCloseable {

    /** One non-blank line and its 1-based number in the file. */
    record Line(int number, List<String> values) {
    }

    private final BufferedReader reader;
    private final char delimiter;
    private final String where;
    private int number;

    CsvLines(BufferedReader reader, char delimiter, String where) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.where = where;
    }

    /** Opens {@code file} as UTF-8 text, through gunzip when its name ends in {@code .gz}. */
    static BufferedReader open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.getFileName().toString().endsWith(".gz"));
    }

    static BufferedReader open(InputStream in, boolean gzipped) throws IOException {
        InputStream raw = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The next non-blank line, or empty at the end of the text. */
    Optional<Line> next() throws IOException {
        String text;
        while ((text = reader.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                return Optional.of(new Line(number, split(text, delimiter, where + ": line " + number)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** The values of one line. {@code where} starts the message of a {@link DatasetException} for a bad quote. */
    static List<String> split(String line, char delimiter, String where) {
        List<String> values = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            int start = i;
            while (i < n && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                int quote = i++;
                while (true) {
                    if (i >= n) {
                        throw new DatasetException(where + ": the quote at character " + (quote + 1)
                                + " is not closed (a value cannot span lines)");
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        value.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                while (i < n && line.charAt(i) != delimiter) {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        throw new DatasetException(where + ": text after the closing quote at character " + (i + 1));
                    }
                    i++;
                }
                values.add(value.toString());
            } else {
                int end = line.indexOf(delimiter, i);
                end = end < 0 ? n : end;
                values.add(line.substring(start, end).strip());
                i = end;
            }
            if (i >= n) {
                return values;
            }
            i++;
        }
    }
}
