package io.sparktune.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TournamentTest {

    private static Member member(int number, Fitness fitness) {
        return new Member(Histories.running(number, Map.of()), fitness);
    }

    /** Ten completed members, newest first as the population lists them, with shuffled losses 0..9. */
    private static List<Member> population() {
        int[] losses = {7, 2, 9, 0, 5, 3, 8, 1, 6, 4};
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            members.add(member(losses.length - 1 - i, Fitness.completed(losses[i])));
        }
        return members;
    }

    private static long binomial(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    @Test
    void drawsDistinctIndicesEachEquallyOften() {
        SplittableRandom rng = new SplittableRandom(1);
        int[] counts = new int[10];
        for (int i = 0; i < 30_000; i++) {
            int[] sample = Tournament.sample(10, 3, rng);
            assertEquals(3, Arrays.stream(sample).distinct().count(), Arrays.toString(sample));
            for (int index : sample) {
                counts[index]++;
            }
        }
        for (int c : counts) {
            assertEquals(9000, c, 300, Arrays.toString(counts));
        }
        assertThrows(IllegalArgumentException.class, () -> Tournament.sample(3, 4, rng));
    }

    @Test
    void theWinnerIsTheBestOfTheSampleDrawnWithTheSameGenerator() {
        List<Member> population = population();
        for (long seed = 0; seed < 200; seed++) {
            int[] sample = Tournament.sample(10, 4, new SplittableRandom(seed));
            Member best = Arrays.stream(sample).mapToObj(population::get)
                    .min((a, b) -> a.fitness().compareTo(b.fitness())).orElseThrow();
            assertSame(best, Tournament.select(population, 4, new SplittableRandom(seed)));
        }
    }

    @Test
    void theMemberOfRankRWinsAsOftenAsTheoryPredicts() {
        List<Member> population = population();
        int draws = 40_000;
        int[] wins = new int[10];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < draws; i++) {
            wins[(int) Tournament.select(population, 3, rng).fitness().loss()]++;
        }
        for (int rank = 0; rank < 10; rank++) {
            double expected = binomial(10 - 1 - rank, 2) / (double) binomial(10, 3);
            assertEquals(expected, wins[rank] / (double) draws, 0.01, "rank " + rank + ": " + Arrays.toString(wins));
        }
    }

    @Test
    void completedBeatPrunedWhichBeatUnvaluedWhateverTheirLoss() {
        Member completed = member(1, Fitness.completed(1000));
        Member pruned = member(2, Fitness.pruned(5, -1000));
        Member running = member(3, Fitness.UNVALUED);
        assertTrue(completed.beats(pruned) && pruned.beats(running) && completed.beats(running));
        assertFalse(pruned.beats(completed) || running.beats(pruned) || running.beats(completed));
    }

    @Test
    void prunedMembersRankByHowFarTheyGotThenByLoss() {
        Member far = member(1, Fitness.pruned(9, 3));
        Member farther = member(2, Fitness.pruned(9, 2));
        Member early = member(3, Fitness.pruned(2, -50));
        assertTrue(far.beats(early) && farther.beats(far));
    }

    @Test
    void tiesGoToTheNewerTrial() {
        assertTrue(member(5, Fitness.completed(1)).beats(member(4, Fitness.completed(1))));
        assertFalse(member(4, Fitness.completed(1)).beats(member(5, Fitness.completed(1))));
        assertTrue(member(5, Fitness.UNVALUED).beats(member(4, Fitness.UNVALUED)));
        assertTrue(member(5, Fitness.completed(1)).beats(member(6, Fitness.completed(2))));
    }

    @Test
    void aValuedFitnessNeedsAFiniteLoss() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fitness.completed(Double.NaN));
        assertEquals("a valued member needs a finite loss, but got loss=NaN", e.getMessage());
    }
}
