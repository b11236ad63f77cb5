/**
 * Datasets for the DL4J trainer: what {@code trainer.dataset} says ({@link
 * io.sparktune.runner.data.DatasetSpec}), and the data ready for a network ({@link
 * io.sparktune.runner.data.PreparedData}), loaded once per JVM by {@link
 * io.sparktune.runner.data.Datasets#load}.
 *
 * <p>The types:
 * <ul>
 *   <li>{@code digits}: the UCI 8x8 optical digits (1,797 images, 10 classes), read from the examples
 *       jar on the classpath, so it needs no files and works on every machine of a cluster.</li>
 *   <li>{@code mnist} and {@code fashion-mnist}: the 60,000 training images (28x28, 10 classes) of
 *       the idx files that {@code examples/fetch-mnist.sh} and {@code examples/fetch-fashion-mnist.sh}
 *       fetch into {@code examples/data/<type>/}; an optional {@code directory} names another folder
 *       (relative to the study file). The 10,000 test images are never read: they stay for a final
 *       check outside the search.</li>
 *   <li>{@code csv}: a file of the user's: {@code path}, {@code task}, {@code label}, {@code header},
 *       {@code delimiter}.</li>
 * </ul>
 * Every type takes {@code validationFraction} (0.2), {@code seed} (0) and {@code limit} (every
 * example). The examples are split by a seeded shuffle ({@code Split}), then standardised with the
 * training part's statistics ({@code Standardisation}).
 *
 * <p>The idx files are read by a reader of our own ({@code IdxFiles}, some sixty lines), not by
 * DL4J's. DL4J's {@code MnistDataSetIterator} has a fixed 60,000 / 10,000 split and checks checksums
 * and downloads; its {@code MnistManager} reader would do, but it lives in
 * {@code deeplearning4j-datasets}, which brings {@code datavec-data-image} and with it OpenCV,
 * FFmpeg, Leptonica and HDF5 for every platform (checked with {@code mvn dependency:tree} on
 * 1.0.0-M2.1): far too much for reading two plain files. Ours also reads gzipped files, as Debian
 * ships Fashion-MNIST.
 */
package io.sparktune.runner.data;
