package io.sparktune.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void valuesKeepFourSignificantDigits() {
        assertEquals("0.9731", Numbers.format(0.973142));
        assertEquals("12.5", Numbers.format(12.5));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("-1235", Numbers.format(-1234.5678));
        assertEquals("0", Numbers.format(0));
    }

    @Test
    void tinyHugeAndOddValuesAreReadable() {
        assertEquals("1.235e-05", Numbers.format(1.23456e-5));
        assertEquals("2e+07", Numbers.format(2e7));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void coordinatesHaveOneDecimal() {
        assertEquals("12.3", Numbers.coordinate(12.34));
        assertEquals("40", Numbers.coordinate(40.0));
        assertEquals("-0.5", Numbers.coordinate(-0.5));
    }
}
