package io.sparktune.cli;

import io.sparktune.trial.Trial;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar redrawn in place with a carriage return:
 * {@code [#######-----] 42/200 trials  best 0.3981 (trial 17)  12.3s}. It is redrawn when a trial
 * ends (at most every {@link #MIN_REDRAW}, so that thousands of quick trials do not flood the
 * terminal) and every {@code tick}, so the elapsed time moves while long trials run.
 */
final class BarProgress implements Progress {

    static final int WIDTH = 30;
    static final Duration MIN_REDRAW = Duration.ofMillis(100);

    private final PrintWriter out;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private RunSnapshot last;
    private int drawnLength;
    private Instant drawnAt;

    BarProgress(PrintWriter out, Clock clock, Duration tick) {
        this.out = out;
        this.clock = clock;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sparktune-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void started(RunSnapshot snapshot) {
        last = snapshot;
        redraw();
    }

    @Override
    public synchronized void trialFinished(Trial trial, RunSnapshot snapshot) {
        last = snapshot;
        if (drawnAt == null || !clock.instant().isBefore(drawnAt.plus(MIN_REDRAW))) {
            redraw();
        }
    }

    private synchronized void redraw() {
        if (last == null) {
            return;
        }
        String line = render(last, Duration.between(last.startedAt(), clock.instant()), WIDTH);
        out.print('\r' + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        out.flush();
        drawnLength = line.length();
        drawnAt = clock.instant();
    }

    /** The bar's text for {@code snapshot} after {@code elapsed}. */
    static String render(RunSnapshot snapshot, Duration elapsed, int width) {
        StringBuilder line = new StringBuilder();
        if (snapshot.total().isPresent()) {
            int total = snapshot.total().getAsInt();
            int filled = (int) Math.min(width, (long) width * snapshot.done() / Math.max(1, total));
            line.append('[').append("#".repeat(filled)).append("-".repeat(width - filled)).append("] ")
                    .append(snapshot.done()).append('/').append(total).append(" trials");
        } else {
            line.append(snapshot.done()).append(" trials");
        }
        snapshot.best().ifPresent(best -> line.append("  best ").append(Format.value(best.value()))
                .append(" (trial ").append(best.number()).append(')'));
        if (snapshot.failed() > 0) {
            line.append("  ").append(snapshot.failed()).append(" failed");
        }
        line.append("  ").append(Format.duration(elapsed));
        return line.toString();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            redraw();
            out.println();
            out.flush();
        }
    }
}
