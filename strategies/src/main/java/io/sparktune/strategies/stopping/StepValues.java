package io.sparktune.strategies.stopping;

import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The values trials recorded at a step. A trial that reports at steps that miss a rung (every
 * second epoch, say) is counted at the rung with its first report at or past it: the value a
 * trial records at step {@code t} is that of its first report, in the order they came, whose step
 * is {@code >= t}. Only the reports of a trial's current attempt count.
 */
public final class StepValues {

    /** The largest step a scheduler's option may name (10^12), so that rung arithmetic cannot overflow. */
    public static final long MAX_STEP = 1_000_000_000_000L;

    private StepValues() {
    }

    /** The value of the first report of {@code reports} whose step is {@code >= step}, if any. */
    public static OptionalDouble at(List<Report> reports, long step) {
        for (Report r : reports) {
            if (r.step() >= step) {
                return OptionalDouble.of(r.value());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The reports of {@code trial} that came before {@code report}: those before its last
     * occurrence among the trial's reports, or all of them when the trial does not hold it yet.
     */
    public static List<Report> before(Trial trial, Report report) {
        List<Report> reports = trial.reports();
        int index = reports.lastIndexOf(report);
        return index < 0 ? reports : reports.subList(0, index);
    }

    /** The reports of {@code trial} up to and including {@code report}. */
    public static List<Report> upTo(Trial trial, Report report) {
        List<Report> out = new ArrayList<>(before(trial, report));
        out.add(report);
        return out;
    }

    /**
     * Whether {@code report} is the first of the trial's reports to reach {@code step}: its step is
     * {@code >= step} and no report {@code before} it got there.
     */
    public static boolean reachesFirst(List<Report> before, Report report, long step) {
        return report.step() >= step && before.stream().noneMatch(r -> r.step() >= step);
    }
}
