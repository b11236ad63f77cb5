package io.sparktune.runner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The shipped UCI digits, from the classpath. */
class DigitsDatasetTest {

    private static final DatasetSpec DIGITS = DatasetSpec.of(new DatasetSource.Digits());

    @Test
    void loadsAll1797DigitsSplitLikeScikitLearnsTrainTestSplit() {
        PreparedData data = Datasets.load(DIGITS);

        assertEquals(Task.CLASSIFICATION, data.task());
        assertEquals(new InputShape.Image(8, 8, 1), data.input());
        assertEquals(10, data.outputs());
        // ceil(0.2 * 1797) = 360 for validation, as train_test_split(test_size=0.2).
        assertEquals(1437, data.trainSize());
        assertEquals(360, data.validationSize());
        assertArrayEquals(new long[] {1437, 64}, data.train().getFeatures().shape());
        assertArrayEquals(new long[] {1437, 10}, data.train().getLabels().shape());
        assertArrayEquals(new long[] {360, 64}, data.validation().getFeatures().shape());
        assertArrayEquals(new long[] {360, 10}, data.validation().getLabels().shape());
        assertEquals(DataType.FLOAT, data.train().getFeatures().dataType());
        assertEquals(DataType.FLOAT, data.validation().getLabels().dataType());
        assertTrue(data.description().startsWith("digits"), data.description());
    }

    @Test
    void labelsAreOneHotAndEveryDigitIsThere() {
        PreparedData data = Datasets.load(DIGITS);

        for (INDArray labels : List.of(data.train().getLabels(), data.validation().getLabels())) {
            INDArray rowSums = labels.sum(1);
            assertEquals(labels.size(0), rowSums.eq(1.0).castTo(DataType.INT32).sumNumber().longValue());
            assertEquals(labels.size(0), countNonZero(labels), "one 1 per row, the rest 0");
        }
        INDArray perClass = data.train().getLabels().sum(0).add(data.validation().getLabels().sum(0));
        assertEquals(1797, perClass.sumNumber().intValue());
        for (int digit = 0; digit < 10; digit++) {
            // UCI: between 174 and 183 images of each digit.
            assertTrue(perClass.getInt(digit) >= 174 && perClass.getInt(digit) <= 183, perClass.toString());
        }
    }

    @Test
    void imagesAreStandardisedPerChannelWithTheTrainingStatistics() {
        PreparedData data = Datasets.load(DIGITS);
        INDArray train = data.train().getFeatures();

        // One channel: all training pixels together have mean 0 and deviation 1.
        assertEquals(0.0, train.meanNumber().doubleValue(), 1e-5);
        assertEquals(1.0, train.stdNumber().doubleValue() * Math.sqrt((train.length() - 1.0) / train.length()), 1e-4);
        // Pixel 0 (top left) is 0 in every image: it takes the one value that 0 maps to, a pixel of
        // ink a larger one; the scale is shared, so no rare pixel is blown up.
        double zero = train.getDouble(0, 0);
        assertEquals(0.0, train.getColumn(0).maxNumber().doubleValue() - zero, 1e-6, "pixel 0 is constant");
        assertTrue(zero < 0, "a blank pixel lies below the mean: " + zero);
        assertTrue(train.maxNumber().doubleValue() < 3, "16 maps to about 2: " + train.maxNumber());
        // The validation part is scaled by the training statistics, so it is near but not at 0 / 1.
        double validationMean = data.validation().getFeatures().meanNumber().doubleValue();
        assertTrue(Math.abs(validationMean) > 1e-4 && Math.abs(validationMean) < 0.2, "mean " + validationMean);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        DatasetSpec seven = DIGITS.withSplit(0.2, 7);
        PreparedData a = Datasets.loadUncached(seven, DataLocations.current());
        PreparedData b = Datasets.loadUncached(seven, DataLocations.current());
        PreparedData other = Datasets.loadUncached(DIGITS.withSplit(0.2, 8), DataLocations.current());

        assertEquals(a.validation().getFeatures(), b.validation().getFeatures());
        assertEquals(a.validation().getLabels(), b.validation().getLabels());
        assertEquals(a.train().getFeatures(), b.train().getFeatures());
        assertNotEquals(a.validation().getLabels(), other.validation().getLabels());
        assertNotEquals(a.train().getFeatures().getRow(0), other.train().getFeatures().getRow(0));
    }

    @Test
    void anotherFractionAndALimitChangeTheSizes() {
        PreparedData half = Datasets.load(DIGITS.withSplit(0.5, 0));
        PreparedData limited = Datasets.load(DIGITS.withLimit(100));

        assertEquals(898, half.trainSize());
        assertEquals(899, half.validationSize());
        assertEquals(80, limited.trainSize());
        assertEquals(20, limited.validationSize());
        assertEquals(10, limited.outputs());
    }

    @Test
    void theCacheHandsOutOneInstancePerSpec() {
        PreparedData first = Datasets.load(DIGITS);

        assertSame(first, Datasets.load(DIGITS));
        assertSame(first, Datasets.load(DatasetSpec.of(new DatasetSource.Digits())));
        assertNotSame(first, Datasets.load(DIGITS.withSplit(0.2, 1)));
    }

    @Test
    void concurrentCallersForOneSpecShareOneLoad() throws Exception {
        DatasetSpec spec = DIGITS.withSplit(0.3, 99);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PreparedData>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return Datasets.load(spec);
                }));
            }
            start.countDown();
            PreparedData first = calls.get(0).get();
            for (Future<PreparedData> call : calls) {
                assertSame(first, call.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSpecKnowsTheShapeWithoutLoading() {
        assertEquals(Optional.of(new InputShape.Image(8, 8, 1)), DIGITS.knownInput());
        assertEquals(Task.CLASSIFICATION, DIGITS.knownTask());
        assertEquals("digits", DIGITS.type());
    }

    private static long countNonZero(INDArray a) {
        return a.neq(0.0).castTo(DataType.INT32).sumNumber().longValue();
    }
}
