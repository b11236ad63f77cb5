package io.sparktune.strategies.hyperband;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.strategies.hyperband.HyperbandBrackets.Bracket;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HyperbandBracketsTest {

    /** Each bracket as "n_0/r_0 n_1/r_1 ...". */
    private static List<String> cells(HyperbandBrackets brackets) {
        return brackets.brackets().stream()
                .map(b -> b.rounds().stream().map(r -> r.n() + "/" + r.r()).collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void theTableOfThePaperForR81AndEta3() {
        HyperbandBrackets brackets = HyperbandBrackets.of(81, 3);
        assertEquals(4, brackets.sMax());
        assertEquals(List.of(4, 3, 2, 1, 0), brackets.brackets().stream().map(Bracket::s).toList());
        assertEquals(List.of(
                "81/1 27/3 9/9 3/27 1/81",
                "34/3 11/9 3/27 1/81",
                "15/9 5/27 1/81",
                "8/27 2/81",
                "5/81"), cells(brackets));
        assertEquals(List.of(81L, 34L, 15L, 8L, 5L), brackets.brackets().stream().map(Bracket::n).toList());
        assertEquals(List.of(1L, 3L, 9L, 27L, 81L), brackets.brackets().stream().map(Bracket::r).toList());
        assertEquals(143, brackets.cycleLength());
        assertEquals(34, brackets.bracket(3).n());
    }

    @Test
    void theTablePrintsInThePapersLayout() {
        assertEquals("""
                | i | s=4 | s=3 | s=2 | s=1 | s=0 |
                |---|---|---|---|---|---|
                | 0 | 81 / 1 | 34 / 3 | 15 / 9 | 8 / 27 | 5 / 81 |
                | 1 | 27 / 3 | 11 / 9 | 5 / 27 | 2 / 81 | |
                | 2 | 9 / 9 | 3 / 27 | 1 / 81 | | |
                | 3 | 3 / 27 | 1 / 81 | | | |
                | 4 | 1 / 81 | | | | |
                """, HyperbandBrackets.of(81, 3).table());
    }

    @Test
    void sMaxIsComputedWithIntegers() {
        assertEquals(4, HyperbandBrackets.sMax(81, 3));
        assertEquals(3, HyperbandBrackets.sMax(80, 3));
        assertEquals(0, HyperbandBrackets.sMax(1, 3));
        assertEquals(0, HyperbandBrackets.sMax(2, 3));
        assertEquals(1, HyperbandBrackets.sMax(3, 3));
        assertEquals(5, HyperbandBrackets.sMax(243, 3), "Math.log(243) / Math.log(3) is 4.999999999999999");
        assertEquals(25, HyperbandBrackets.sMax(847_288_609_443L, 3));
        assertEquals(39, HyperbandBrackets.sMax(1L << 39, 2));
        assertEquals(3, HyperbandBrackets.sMax(1000, 10), "Math.log(1000) / Math.log(10) is 2.9999999999999996");
    }

    @Test
    void roundsOfAResourceThatIsNoPowerOfEtaRoundUpToWholeSteps() {
        HyperbandBrackets brackets = HyperbandBrackets.of(100, 3);
        assertEquals(4, brackets.sMax());
        // R * eta^-s for s = 4 .. 0: 1.23, 3.70, 11.1, 33.3, 100
        assertEquals("81/2 27/4 9/12 3/34 1/100", cells(brackets).get(0));
        assertEquals("5/100", cells(brackets).get(4));
    }

    @Test
    void trialsFillTheBracketsInThePapersOrderThenCycle() {
        HyperbandBrackets brackets = HyperbandBrackets.of(81, 3);
        assertEquals(4, brackets.placement(0).bracket().s());
        assertEquals(4, brackets.placement(80).bracket().s());
        assertEquals(3, brackets.placement(81).bracket().s());
        assertEquals(81, brackets.placement(114).first());
        assertEquals(2, brackets.placement(115).bracket().s());
        assertEquals(1, brackets.placement(130).bracket().s());
        assertEquals(0, brackets.placement(142).bracket().s());
        assertEquals(138, brackets.placement(142).first());
        HyperbandBrackets.Placement second = brackets.placement(143);
        assertEquals(4, second.bracket().s());
        assertEquals(1, second.cycle());
        assertEquals(143, second.first());
        assertEquals(0, brackets.placement(142).cycle());
    }

    @Test
    void settingsAreChecked() {
        assertEquals("1 <= R <= 1000000000000 must hold, but got R=0",
                assertThrows(IllegalArgumentException.class, () -> HyperbandBrackets.of(0, 3)).getMessage());
        assertEquals("2 <= eta <= 1000 must hold, but got eta=1",
                assertThrows(IllegalArgumentException.class, () -> HyperbandBrackets.of(81, 1)).getMessage());
        HyperbandBrackets one = HyperbandBrackets.of(1, 3);
        assertEquals(List.of("1/1"), cells(one), "R = 1: one bracket of one trial, nothing to halve");
    }
}
