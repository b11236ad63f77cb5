package io.sparktune.runner.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;

/**
 * Reads the UCI optical digits (Alpaydin and Kaynak, 1998; CC BY 4.0, see the examples' NOTICE)
 * from the examples jar on the classpath, so that every machine of a cluster finds them wherever
 * the study file is: 1,797 lines of 64 pixels (0 to 16, 8 rows of 8) and the digit.
 */
final class DigitsLoader {

    static final String RESOURCE = "io/sparktune/examples/data/digits.csv.gz";
    private static final int CLASSES = 10;

    private DigitsLoader() {
    }

    static Examples load(OptionalInt limit) {
        String where = RESOURCE + " (classpath, from the examples jar)";
        try (InputStream in = open()) {
            if (in == null) {
                throw new DatasetException("digits: " + RESOURCE + " is not on the classpath; it comes in the"
                        + " examples jar (io.sparktune:examples), which spark-runner depends on");
            }
            try (CsvLines lines = new CsvLines(CsvLines.open(in, true), ',', where)) {
                // Read as numbers, so that the digit is the class even when a limit leaves some digits out.
                Examples read = CsvLoader.read(lines, where, "digits", new CsvLabel.Last(), Task.REGRESSION,
                        false, limit);
                if (read.input().size() != DatasetSource.Digits.SHAPE.size()) {
                    throw new DatasetException(where + ": expected 64 pixels and the digit on each line, but got "
                            + (read.input().size() + 1) + " values");
                }
                for (int i = 0; i < read.count(); i++) {
                    float digit = read.labels()[i];
                    if (digit != Math.rint(digit) || digit < 0 || digit >= CLASSES) {
                        throw new DatasetException(where + ": example " + i + " has the label " + digit
                                + ", not a digit 0 to 9");
                    }
                }
                return new Examples("digits (UCI optical digits, 8x8, " + CLASSES + " classes)",
                        Task.CLASSIFICATION, DatasetSource.Digits.SHAPE, CLASSES, read.count(), read.rows(),
                        read.labels());
            }
        } catch (IOException e) {
            throw new DatasetException(where + ": cannot be read: " + e, e);
        }
    }

    private static InputStream open() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(RESOURCE);
        return in != null ? in : DigitsLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
    }
}
