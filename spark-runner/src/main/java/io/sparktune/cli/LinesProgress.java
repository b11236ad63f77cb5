package io.sparktune.cli;

import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.io.PrintWriter;

/** One plain line per finished trial: for logs, pipes and CI, where a redrawn bar would be noise. */
final class LinesProgress implements Progress {

    private final PrintWriter out;

    LinesProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(RunSnapshot snapshot) {
        if (snapshot.done() > 0) {
            out.println("resuming: " + snapshot.done() + " trials already done");
            out.flush();
        }
    }

    @Override
    public void trialFinished(Trial trial, RunSnapshot snapshot) {
        out.println(line(trial, snapshot));
        out.flush();
    }

    /** {@code [42/200] trial 41 completed  value 0.3981  {"x0":3.1,"x1":2.2}}. */
    static String line(Trial trial, RunSnapshot snapshot) {
        StringBuilder line = new StringBuilder();
        line.append('[').append(snapshot.done());
        snapshot.total().ifPresent(total -> line.append('/').append(total));
        line.append("] trial ").append(trial.number()).append(' ').append(trial.state().jsonName());
        if (trial.value() != null) {
            line.append("  value ").append(Format.value(trial.value()));
        }
        line.append("  ").append(Format.params(trial.params()));
        if (trial.state() != TrialState.COMPLETED && trial.reason() != null && !trial.reason().isBlank()) {
            line.append("  (").append(trial.reason().lines().findFirst().orElse("")).append(')');
        }
        return line.toString();
    }

    @Override
    public void close() {
        out.flush();
    }
}
