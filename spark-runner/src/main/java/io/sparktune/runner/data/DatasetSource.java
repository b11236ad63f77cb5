package io.sparktune.runner.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where a dataset's examples come from, as {@code trainer.dataset.type} chooses. */
public sealed interface DatasetSource {

    /** The {@code type} in a study file. */
    String type();

    /** The shape of one example when it is known without loading. */
    Optional<InputShape> knownInput();

    /** The task the data is for. */
    Task knownTask();

    /** The UCI 8x8 optical digits shipped in the examples jar: 1,797 images, 10 classes. */
    record Digits() implements DatasetSource {

        public static final InputShape.Image SHAPE = new InputShape.Image(8, 8, 1);

        @Override
        public String type() {
            return "digits";
        }

        @Override
        public Optional<InputShape> knownInput() {
            return Optional.of(SHAPE);
        }

        @Override
        public Task knownTask() {
            return Task.CLASSIFICATION;
        }
    }

    /**
     * MNIST or Fashion-MNIST from their idx files.
     *
     * @param directory the folder holding the files (absolute); empty: look in the default places
     *     ({@code examples/data/<type>} under the current folder, then under {@code sparktune.home})
     */
    record Idx(IdxDataset dataset, Optional<Path> directory) implements DatasetSource {

        public Idx {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public String type() {
            return dataset.jsonName();
        }

        @Override
        public Optional<InputShape> knownInput() {
            return Optional.of(dataset.shape());
        }

        @Override
        public Task knownTask() {
            return Task.CLASSIFICATION;
        }
    }

    /**
     * A CSV file of numbers, one example a line.
     *
     * @param path the file (absolute); a name ending in {@code .gz} is read through gunzip
     * @param header whether the first line names the columns
     * @param delimiter what separates the values
     */
    record Csv(Path path, CsvLabel label, Task task, boolean header, char delimiter) implements DatasetSource {

        public Csv {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(task, "task");
            if (label instanceof CsvLabel.Named && !header) {
                throw new IllegalArgumentException("header must hold for a label named by its column, but got label="
                        + label + ", header=false");
            }
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
                throw new IllegalArgumentException("delimiter must not be a quote or a line break, but got "
                        + (int) delimiter);
            }
        }

        @Override
        public String type() {
            return "csv";
        }

        @Override
        public Optional<InputShape> knownInput() {
            return Optional.empty();
        }

        @Override
        public Task knownTask() {
            return task;
        }
    }
}
