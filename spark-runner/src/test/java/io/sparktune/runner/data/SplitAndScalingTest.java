package io.sparktune.runner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The split's sizes and order, the standardisation, and the CSV line splitter. */
class SplitAndScalingTest {

    @Test
    void validationTakesTheCeilingLikeScikitLearnAndLeavesOneOnEachSide() {
        assertEquals(360, Split.validationCount(1797, 0.2));
        assertEquals(12000, Split.validationCount(60000, 0.2));
        assertEquals(3, Split.validationCount(30, 0.1), "0.1 * 30 is 3.0000000000000004 in doubles");
        assertEquals(1, Split.validationCount(2, 0.01));
        assertEquals(1, Split.validationCount(2, 0.99));
        assertEquals(9, Split.validationCount(10, 0.81));
    }

    @Test
    void thePermutationIsFixedBySeedAlone() {
        int[] order = Split.permutation(10, 0);

        // Pinned (computed apart from Java, from the generator that java.util.Random documents): the split
        // must not change between versions or JVMs.
        assertArrayEquals(new int[] {4, 8, 9, 6, 3, 5, 2, 1, 7, 0}, order);
        assertArrayEquals(order, Split.permutation(10, 0));
        assertNotEquals(Arrays.toString(order), Arrays.toString(Split.permutation(10, 1)));
        int[] sorted = Split.permutation(1000, 5).clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void standardisationUsesTheTrainingRowsAndLeavesConstantColumnsAtZero() {
        // Two columns: 1, 2, 3 (mean 2, population std sqrt(2/3)) and a constant 5.
        float[] train = {1, 5, 2, 5, 3, 5};
        float[] validation = {4, 5, 2, 7};

        Standardisation s = Standardisation.fit(train, 2);
        s.apply(train);
        s.apply(validation);

        double std = Math.sqrt(2.0 / 3);
        assertArrayEquals(new float[] {(float) (-1 / std), 0, 0, 0, (float) (1 / std), 0}, train, 1e-6f);
        assertArrayEquals(new float[] {(float) (2 / std), 0, 0, 2}, validation, 1e-6f);
    }

    @Test
    void imagesShareOneMeanAndDeviationPerChannel() {
        // Rows of two channels of two pixels: channel 0 holds 0, 2, 0, 2 (mean 1, std 1), channel 1
        // holds 5 everywhere (std 0 -> 1).
        float[] train = {0, 2, 5, 5, 2, 0, 5, 5};
        float[] validation = {4, 1, 5, 6};

        Standardisation s = Standardisation.fitPerChannel(train, 4, 2);
        s.apply(train);
        s.apply(validation);

        assertArrayEquals(new float[] {-1, 1, 0, 0, 1, -1, 0, 0}, train, 1e-6f);
        assertArrayEquals(new float[] {3, 0, 0, 1}, validation, 1e-6f);
    }

    @Test
    void aConstantColumnOfAnAwkwardValueStaysExactlyZero() {
        float[] train = new float[3 * 7];
        Arrays.fill(train, 0.1f);

        Standardisation.fit(train, 1).apply(train);

        for (float x : train) {
            assertEquals(0f, x);
        }
    }

    @Test
    void csvValuesAreTrimmedAndMayBeQuoted() {
        assertEquals(List.of("1", "two words", "say \"hi\", twice", ""),
                CsvLines.split(" 1 , two words ,\"say \"\"hi\"\", twice\",", ',', "f.csv: line 1"));
        assertEquals(List.of("a", "b"), CsvLines.split("a\tb", '\t', "f.csv: line 1"));
        assertEquals("f.csv: line 3: the quote at character 3 is not closed (a value cannot span lines)",
                org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                        () -> CsvLines.split("1,\"open", ',', "f.csv: line 3")).getMessage());
        assertEquals("f.csv: line 2: text after the closing quote at character 5",
                org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                        () -> CsvLines.split("\"a\" b,1", ',', "f.csv: line 2")).getMessage());
    }

    @Test
    void classLabelsSortAsStringsUnlessAllAreNumbers() {
        ClassLabels words = ClassLabels.of(List.of("cat", "dog", "ant", "dog"));
        ClassLabels numbers = ClassLabels.of(List.of("10", "9", "-1", "9.0"));

        assertEquals(List.of("ant", "cat", "dog"), words.names());
        assertArrayEquals(new float[] {1, 2, 0, 2}, words.indices());
        assertEquals(List.of("-1", "9", "10"), numbers.names());
        assertArrayEquals(new float[] {2, 1, 0, 1}, numbers.indices());
    }
}
