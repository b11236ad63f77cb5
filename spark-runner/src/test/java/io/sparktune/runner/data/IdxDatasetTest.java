package io.sparktune.runner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MNIST and Fashion-MNIST: the idx reader on tiny files written here, and what happens when the files are missing. */
class IdxDatasetTest {

    private static final int IMAGES = 12;
    private static final Path NO_DEBIAN = Path.of("/nonexistent/fashion-mnist");

    @TempDir
    Path dir;

    @Test
    void readsImagesRowMajorAndTheirLabels() throws Exception {
        writeTinyMnist(dir, false);

        IdxFiles.Images images = IdxFiles.images(dir.resolve("train-images-idx3-ubyte"), Integer.MAX_VALUE);
        byte[] labels = IdxFiles.labels(dir.resolve("train-labels-idx1-ubyte"), Integer.MAX_VALUE);

        assertEquals(IMAGES, images.count());
        assertEquals(28, images.rows());
        assertEquals(28, images.columns());
        for (int k = 0; k < IMAGES; k++) {
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    assertEquals(pixel(k, r, c), images.pixels()[k * 784 + r * 28 + c] & 0xFF);
                }
            }
            assertEquals(k % 10, labels[k]);
        }
    }

    @Test
    void aLimitReadsOnlyTheFirstImages() throws Exception {
        writeTinyMnist(dir, true);

        IdxFiles.Images images = IdxFiles.images(dir.resolve("train-images-idx3-ubyte.gz"), 3);

        assertEquals(3, images.count());
        assertEquals(3 * 784, images.pixels().length);
        assertEquals(3, IdxFiles.labels(dir.resolve("train-labels-idx1-ubyte.gz"), 3).length);
    }

    @Test
    void loadsFromAGivenDirectoryPlainOrGzipped() throws Exception {
        for (boolean gzipped : new boolean[] {false, true}) {
            Path folder = Files.createDirectory(dir.resolve(gzipped ? "gz" : "plain"));
            writeTinyMnist(folder, gzipped);
            DatasetSpec spec = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.MNIST, Optional.of(folder)));

            PreparedData data = Datasets.load(spec);

            assertEquals(new InputShape.Image(28, 28, 1), data.input());
            assertEquals(10, data.outputs());
            assertEquals(9, data.trainSize());
            assertEquals(3, data.validationSize());
            assertArrayEquals(new long[] {9, 784}, data.train().getFeatures().shape());
            assertArrayEquals(new long[] {3, 10}, data.validation().getLabels().shape());
        }
    }

    @Test
    void theExamplesKeepThePixelsInTheirLayoutBeforeStandardisation() throws Exception {
        writeTinyMnist(dir, false);
        DatasetSource.Idx source = new DatasetSource.Idx(IdxDataset.FASHION_MNIST, Optional.of(dir));

        Examples examples = IdxLoader.load(source, OptionalInt.of(5), new DataLocations(dir, Optional.empty(),
                NO_DEBIAN));

        assertEquals(5, examples.count());
        float[] row = new float[784];
        examples.rows().copy(4, row, 0);
        assertEquals(pixel(4, 0, 0), row[0]);
        assertEquals(pixel(4, 0, 27), row[27]);
        assertEquals(pixel(4, 1, 0), row[28]);
        assertEquals(pixel(4, 27, 27), row[783]);
        assertEquals(4f, examples.labels()[4]);
    }

    @Test
    void missingFilesInTheDefaultPlacesSayWhereItLookedAndHowToFetchThem() {
        Path cwd = dir.resolve("work");
        Path home = dir.resolve("project");
        DatasetSpec spec = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.MNIST, Optional.empty()));

        DatasetException e = assertThrows(DatasetException.class,
                () -> Datasets.load(spec, new DataLocations(cwd, Optional.of(home), NO_DEBIAN)));

        assertEquals("MNIST: its training files train-images-idx3-ubyte and train-labels-idx1-ubyte (or the same"
                + " with .gz) were not found. Looked in:\n"
                + "  " + cwd.resolve("examples/data/mnist") + " (under the current folder)\n"
                + "  " + home.resolve("examples/data/mnist") + " (under sparktune.home)\n"
                + "Fetch them with: " + home.resolve("examples/fetch-mnist.sh") + " (it writes them into"
                + " examples/data/mnist/ of the project), or give the folder that holds them as \"directory\" in"
                + " trainer.dataset.", e.getMessage());
    }

    @Test
    void withoutSparktuneHomeTheMessageSaysSoAndNamesTheScriptRelatively() {
        DatasetSpec spec = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.FASHION_MNIST, Optional.empty()));

        String message = assertThrows(DatasetException.class,
                () -> IdxLoader.locate((DatasetSource.Idx) spec.source(),
                        new DataLocations(dir, Optional.empty(), NO_DEBIAN)))
                .getMessage();

        assertTrue(message.contains(dir.resolve("examples/data/fashion-mnist") + " (under the current folder)"),
                message);
        assertTrue(message.contains(NO_DEBIAN + " (Debian's dataset-fashion-mnist package)"),
                message);
        assertTrue(message.contains("the system property sparktune.home is not set"), message);
        assertTrue(message.contains("Fetch them with: examples/fetch-fashion-mnist.sh"), message);
    }

    @Test
    void aGivenDirectoryWithoutTheFilesNamesWhatIsMissing() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[0]);
        DatasetSpec spec = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.MNIST, Optional.of(dir)));
        DatasetSpec nowhere = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.MNIST, Optional.of(dir.resolve("x"))));

        assertEquals("MNIST: its training files train-images-idx3-ubyte and train-labels-idx1-ubyte (or the same"
                + " with .gz) are not in " + dir + " (missing: train-labels-idx1-ubyte). Fetch them with:"
                + " examples/fetch-mnist.sh " + dir,
                assertThrows(DatasetException.class,
                        () -> Datasets.load(spec, new DataLocations(dir, Optional.empty(), NO_DEBIAN)))
                        .getMessage());
        assertTrue(assertThrows(DatasetException.class,
                () -> Datasets.load(nowhere, new DataLocations(dir, Optional.empty(), NO_DEBIAN))).getMessage()
                .contains("are not in " + dir.resolve("x") + " (no such folder)"));
    }

    @Test
    void theCurrentFolderComesBeforeSparktuneHome() throws Exception {
        Path cwd = dir.resolve("work");
        Path home = dir.resolve("project");
        writeTinyMnist(Files.createDirectories(cwd.resolve("examples/data/mnist")), false);
        writeTinyMnist(Files.createDirectories(home.resolve("examples/data/mnist")), false);
        DatasetSource.Idx source = new DatasetSource.Idx(IdxDataset.MNIST, Optional.empty());

        assertEquals(cwd.resolve("examples/data/mnist"), IdxLoader.locate(source, new DataLocations(cwd,
                Optional.of(home), NO_DEBIAN)));
        assertEquals(home.resolve("examples/data/mnist"), IdxLoader.locate(source, new DataLocations(dir,
                Optional.of(home), NO_DEBIAN)));
    }

    @Test
    void aLoadThatFailedForMissingFilesWorksOnceTheyAreThere() throws Exception {
        Path folder = dir.resolve("later");
        DatasetSpec spec = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.MNIST, Optional.of(folder)));
        DataLocations where = new DataLocations(dir, Optional.empty(), NO_DEBIAN);
        assertThrows(DatasetException.class, () -> Datasets.load(spec, where));

        writeTinyMnist(Files.createDirectory(folder), false);

        assertEquals(9, Datasets.load(spec, where).trainSize());
    }

    @Test
    void badFilesAreReportedWithTheirName() throws Exception {
        writeTinyMnist(dir, false);
        Path labels = dir.resolve("train-labels-idx1-ubyte");
        DataLocations where = new DataLocations(dir, Optional.empty(), NO_DEBIAN);
        DatasetSource.Idx source = new DatasetSource.Idx(IdxDataset.MNIST, Optional.of(dir));

        Files.write(labels, new byte[] {0, 0, 8, 3, 0, 0, 0, 1});
        assertEquals(labels + ": not an idx file of 1-dimensional unsigned bytes: its magic number is 0x00000803,"
                + " not 0x00000801", assertThrows(DatasetException.class,
                        () -> IdxLoader.load(source, OptionalInt.empty(), where)).getMessage());

        Files.write(labels, idx(new int[] {IMAGES + 1}, new byte[IMAGES]));
        assertEquals(labels + ": the file ends before its first " + (IMAGES + 1) + " labels (cut short? fetch it"
                + " again)", assertThrows(DatasetException.class,
                        () -> IdxLoader.load(source, OptionalInt.empty(), where)).getMessage());

        Files.write(labels, idx(new int[] {IMAGES - 2}, new byte[IMAGES - 2]));
        assertEquals("MNIST in " + dir + ": " + IMAGES + " images but " + (IMAGES - 2) + " labels",
                assertThrows(DatasetException.class,
                        () -> IdxLoader.load(source, OptionalInt.empty(), where)).getMessage());
    }

    @Test
    void theSpecKnowsTheShapeWithoutTheFiles() {
        DatasetSpec spec = DatasetSpec.of(new DatasetSource.Idx(IdxDataset.MNIST, Optional.empty()));

        assertEquals(Optional.of(new InputShape.Image(28, 28, 1)), spec.knownInput());
        assertEquals(Task.CLASSIFICATION, spec.knownTask());
        assertEquals("mnist", spec.type());
    }

    /** Image k's pixel (r, c): distinct enough to catch a transposed or shifted layout. */
    static int pixel(int k, int r, int c) {
        return (k * 31 + r * 7 + c * 3 + r * c) % 256;
    }

    /** {@value #IMAGES} 28x28 images with labels k % 10, as MNIST's training files. */
    static void writeTinyMnist(Path folder, boolean gzipped) throws IOException {
        byte[] pixels = new byte[IMAGES * 784];
        byte[] labels = new byte[IMAGES];
        for (int k = 0; k < IMAGES; k++) {
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    pixels[k * 784 + r * 28 + c] = (byte) pixel(k, r, c);
                }
            }
            labels[k] = (byte) (k % 10);
        }
        write(folder, "train-images-idx3-ubyte", idx(new int[] {IMAGES, 28, 28}, pixels), gzipped);
        write(folder, "train-labels-idx1-ubyte", idx(new int[] {IMAGES}, labels), gzipped);
    }

    static byte[] idx(int[] dims, byte[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x0800 | dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(values);
        }
        return bytes.toByteArray();
    }

    private static void write(Path folder, String name, byte[] content, boolean gzipped) throws IOException {
        if (!gzipped) {
            Files.write(folder.resolve(name), content);
            return;
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(name + ".gz")))) {
            out.write(content);
        }
    }
}
