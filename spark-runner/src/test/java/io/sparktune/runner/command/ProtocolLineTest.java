package io.sparktune.runner.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtocolLineTest {

    @Test
    void readsReportsAndResults() {
        assertEquals(new ProtocolLine.ReportLine(3, 0.25), ProtocolLine.parse("report 3 0.25"));
        assertEquals(new ProtocolLine.ReportLine(0, -1e-3), ProtocolLine.parse("  report\t0   -1e-3 "));
        assertEquals(new ProtocolLine.ResultLine(0.397887), ProtocolLine.parse("result 0.397887"));
        assertTrue(Double.isNaN(((ProtocolLine.ResultLine) ProtocolLine.parse("result nan")).value()));
        assertEquals(new ProtocolLine.ResultLine(Double.NEGATIVE_INFINITY), ProtocolLine.parse("result -inf"));
    }

    @Test
    void otherLinesAreKeptAsText() {
        assertEquals(new ProtocolLine.OtherLine("epoch 3 done"), ProtocolLine.parse("epoch 3 done"));
        assertEquals(new ProtocolLine.OtherLine("reporting: fine"), ProtocolLine.parse("reporting: fine"));
        assertEquals(new ProtocolLine.OtherLine(""), ProtocolLine.parse(""));
    }

    @Test
    void malformedProtocolLinesSayWhatWasExpected() {
        assertEquals("the line \"report 1\" must have the form \"report STEP VALUE\"",
                assertThrows(IllegalArgumentException.class, () -> ProtocolLine.parse("report 1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProtocolLine.parse("report -1 2"))
                .getMessage().contains("STEP must be an integer >= 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProtocolLine.parse("result high"))
                .getMessage().contains("VALUE must be a number"));
    }
}
