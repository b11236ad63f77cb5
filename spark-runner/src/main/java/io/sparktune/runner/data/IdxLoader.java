package io.sparktune.runner.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.ZipException;

/**
 * Reads MNIST or Fashion-MNIST from the training idx files ({@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, each plain or gzipped with {@code .gz}) of the first folder
 * that holds both: the {@code directory} of the spec, or else the default places of
 * {@link DataLocations}, and for Fashion-MNIST last {@code /usr/share/datasets/fashion-mnist}, where
 * Debian's {@code dataset-fashion-mnist} package puts them.
 */
final class IdxLoader {

    private static final int CLASSES = 10;

    private IdxLoader() {
    }

    /** A folder to look in, and why it is looked in, for messages. */
    record Place(Path folder, String why) {
    }

    static Examples load(DatasetSource.Idx source, OptionalInt limit, DataLocations where) {
        IdxDataset dataset = source.dataset();
        Path folder = locate(source, where);
        Path imagesFile = file(folder, IdxDataset.TRAINING_FILES.get(0)).orElseThrow();
        Path labelsFile = file(folder, IdxDataset.TRAINING_FILES.get(1)).orElseThrow();
        int max = limit.orElse(Integer.MAX_VALUE);
        IdxFiles.Images images;
        byte[] labels;
        try {
            images = IdxFiles.images(imagesFile, max);
            labels = IdxFiles.labels(labelsFile, max);
        } catch (NoSuchFileException e) {
            throw new DatasetException(e.getFile() + ": no such file");
        } catch (AccessDeniedException e) {
            throw new DatasetException(e.getFile() + ": cannot be read: permission denied");
        } catch (ZipException e) {
            throw new DatasetException(dataset.title() + " in " + folder + ": a .gz file is not gzip data: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new DatasetException(dataset.title() + " in " + folder + ": cannot be read: " + e, e);
        }
        InputShape.Image shape = dataset.shape();
        if (images.rows() != shape.height() || images.columns() != shape.width()) {
            throw new DatasetException(imagesFile + ": images of " + images.rows() + "x" + images.columns()
                    + " pixels, but " + dataset.title() + " has " + shape.height() + "x" + shape.width());
        }
        if (images.count() != labels.length) {
            throw new DatasetException(dataset.title() + " in " + folder + ": " + images.count() + " images but "
                    + labels.length + " labels");
        }
        float[] classes = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= CLASSES) {
                throw new DatasetException(labelsFile + ": label " + i + " is " + label + ", not a class 0 to "
                        + (CLASSES - 1));
            }
            classes[i] = label;
        }
        return new Examples(dataset.jsonName() + " (" + dataset.title() + " from " + folder + ", 28x28, "
                + CLASSES + " classes)", Task.CLASSIFICATION, shape, CLASSES, images.count(),
                Examples.Rows.ofUnsignedBytes(images.pixels(), shape.size()), classes);
    }

    /** The first place that holds both training files; else a DatasetException: where it looked, what to run. */
    static Path locate(DatasetSource.Idx source, DataLocations where) {
        List<Place> places = places(source, where);
        for (Place place : places) {
            if (IdxDataset.TRAINING_FILES.stream().allMatch(name -> file(place.folder(), name).isPresent())) {
                return place.folder();
            }
        }
        throw new DatasetException(missing(source, places, where));
    }

    static List<Place> places(DatasetSource.Idx source, DataLocations where) {
        List<Place> places = new ArrayList<>();
        if (source.directory().isPresent()) {
            places.add(new Place(source.directory().get(), "the dataset's directory"));
            return places;
        }
        String type = source.dataset().jsonName();
        places.add(new Place(DataLocations.dataFolder(where.workingDirectory(), type), "under the current folder"));
        where.home().ifPresent(home -> places.add(new Place(DataLocations.dataFolder(home, type),
                "under " + DataLocations.HOME_PROPERTY)));
        if (source.dataset() == IdxDataset.FASHION_MNIST) {
            places.add(new Place(where.debianFashionMnist(), "Debian's dataset-fashion-mnist package"));
        }
        return places;
    }

    private static Optional<Path> file(Path folder, String name) {
        Path plain = folder.resolve(name);
        if (Files.isRegularFile(plain)) {
            return Optional.of(plain);
        }
        Path gzipped = folder.resolve(name + ".gz");
        return Files.isRegularFile(gzipped) ? Optional.of(gzipped) : Optional.empty();
    }

    private static String missing(DatasetSource.Idx source, List<Place> places, DataLocations where) {
        IdxDataset dataset = source.dataset();
        StringBuilder message = new StringBuilder(dataset.title()).append(": its training files ")
                .append(String.join(" and ", IdxDataset.TRAINING_FILES)).append(" (or the same with .gz) ");
        if (source.directory().isPresent()) {
            Path folder = source.directory().get();
            message.append("are not in ").append(folder).append(" (").append(missingFiles(folder))
                    .append("). Fetch them with: ").append(script(where, dataset)).append(' ').append(folder);
            return message.toString();
        }
        message.append("were not found. Looked in:");
        for (Place place : places) {
            message.append("\n  ").append(place.folder()).append(" (").append(place.why()).append(")");
        }
        if (where.home().isEmpty()) {
            message.append("\n  (the system property ").append(DataLocations.HOME_PROPERTY)
                    .append(" is not set, so no project folder was searched)");
        }
        message.append("\nFetch them with: ").append(script(where, dataset)).append(" (it writes them into")
                .append(" examples/data/").append(dataset.jsonName()).append("/ of the project),")
                .append(" or give the folder that holds them as \"directory\" in trainer.dataset.");
        return message.toString();
    }

    private static String missingFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "no such folder";
        }
        List<String> missing = IdxDataset.TRAINING_FILES.stream().filter(n -> file(folder, n).isEmpty()).toList();
        return "missing: " + String.join(", ", missing);
    }

    private static String script(DataLocations where, IdxDataset dataset) {
        return where.home().map(home -> home.resolve(dataset.fetchScript()).toString()).orElse(dataset.fetchScript());
    }
}
