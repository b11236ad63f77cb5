package io.sparktune.runner.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsTheLastLines() {
        OutputTail tail = new OutputTail(3, 1000);
        for (int i = 0; i < 10; i++) {
            tail.add("line " + i);
        }
        assertEquals("line 7\nline 8\nline 9", tail.text());
    }

    @Test
    void keepsAboutMaxCharsButAlwaysTheLastLine() {
        OutputTail tail = new OutputTail(100, 20);
        tail.add("aaaaaaaaa");
        tail.add("bbbbbbbbb");
        tail.add("ccccccccc");
        assertEquals("bbbbbbbbb\nccccccccc", tail.text());
        tail.add("x".repeat(50));
        assertEquals("..." + "x".repeat(17), tail.text());
        assertTrue(tail.text().length() <= 20);
    }

    @Test
    void rejectsEmptyLimits() {
        assertEquals("maxLines >= 1 and maxChars >= 1 must hold, but got maxLines=0, maxChars=5",
                assertThrows(IllegalArgumentException.class, () -> new OutputTail(0, 5)).getMessage());
    }
}
