package io.sparktune.runner.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads idx files, the format of MNIST (LeCun et al., http://yann.lecun.com/exdb/mnist/): a magic
 * number (two zero bytes, a type code, the number of dimensions), each dimension as a big-endian
 * int, then the values. Only unsigned bytes (type 0x08) are read: images of 3 dimensions (count,
 * rows, columns; row-major) and labels of 1. A name ending in {@code .gz} is read through gunzip.
 */
final class IdxFiles {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxFiles() {
    }

    /** {@code count} images of {@code rows} x {@code columns} pixels, one after the other, row-major. */
    record Images(int count, int rows, int columns, byte[] pixels) {
    }

    /** The first {@code limit} images of {@code file} (all when there are fewer). */
    static Images images(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            int[] dims = header(in, file, 3);
            int count = Math.min(dims[0], limit);
            long bytes = (long) count * dims[1] * dims[2];
            if (bytes > Integer.MAX_VALUE - 8) {
                throw new DatasetException(file + ": " + count + " images of " + dims[1] + "x" + dims[2]
                        + " pixels are too many to hold in one array");
            }
            byte[] pixels = new byte[(int) bytes];
            readFully(in, pixels, file, "images of " + dims[1] + "x" + dims[2] + " pixels", count);
            return new Images(count, dims[1], dims[2], pixels);
        }
    }

    /** The first {@code limit} labels of {@code file} (all when there are fewer). */
    static byte[] labels(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            int[] dims = header(in, file, 1);
            byte[] labels = new byte[Math.min(dims[0], limit)];
            readFully(in, labels, file, "labels", labels.length);
            return labels;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new DataInputStream(new BufferedInputStream(in, 1 << 16));
    }

    private static int[] header(DataInputStream in, Path file, int dimensions) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new DatasetException(file + ": not an idx file: it is shorter than its 4-byte magic number");
        }
        int expected = (UNSIGNED_BYTE << 8) | dimensions;
        if (magic != expected) {
            throw new DatasetException(file + ": not an idx file of " + dimensions + "-dimensional unsigned bytes:"
                    + " its magic number is " + String.format("0x%08X", magic) + ", not "
                    + String.format("0x%08X", expected));
        }
        int[] dims = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            try {
                dims[i] = in.readInt();
            } catch (EOFException e) {
                throw new DatasetException(file + ": the idx header ends before its " + dimensions + " dimensions");
            }
            if (dims[i] < 1) {
                throw new DatasetException(file + ": dimension " + i + " of the idx header is " + dims[i]
                        + ", not a positive size");
            }
        }
        return dims;
    }

    private static void readFully(DataInputStream in, byte[] target, Path file, String what, int count)
            throws IOException {
        try {
            in.readFully(target);
        } catch (EOFException e) {
            throw new DatasetException(file + ": the file ends before its first " + count + " " + what
                    + " (cut short? fetch it again)");
        }
    }
}
