package io.sparktune.runner.command;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a stream: at most {@code maxLines} lines and about {@code maxChars} characters. Thread-safe. */
final class OutputTail {

    private final int maxLines;
    private final int maxChars;
    private final Deque<String> lines = new ArrayDeque<>();
    private int chars;

    OutputTail(int maxLines, int maxChars) {
        if (maxLines < 1 || maxChars < 1) {
            throw new IllegalArgumentException("maxLines >= 1 and maxChars >= 1 must hold, but got maxLines="
                    + maxLines + ", maxChars=" + maxChars);
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    synchronized void add(String line) {
        String kept = line.length() > maxChars ? "..." + line.substring(line.length() - maxChars + 3) : line;
        lines.addLast(kept);
        chars += kept.length() + 1;
        while (lines.size() > maxLines || (chars > maxChars && lines.size() > 1)) {
            chars -= lines.removeFirst().length() + 1;
        }
    }

    synchronized boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The kept lines, joined by newlines. */
    synchronized String text() {
        return String.join("\n", lines);
    }
}
