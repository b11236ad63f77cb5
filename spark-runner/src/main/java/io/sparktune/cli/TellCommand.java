package io.sparktune.cli;

import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code sparktune tell DIR TRIAL VALUE} or {@code sparktune tell DIR TRIAL --state pruned|failed [VALUE]}. */
@Command(name = "tell", mixinStandardHelpOptions = true,
        description = {"Records the outcome of a trial made by \"sparktune ask\".",
            "A completed trial needs its VALUE; a pruned one may have one (its last reported value);",
            "a failed one has none. Exit code 2 for an unknown or already ended trial or a bad value."})
final class TellCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The study directory.")
    Path dir;

    @Parameters(index = "1", paramLabel = "TRIAL", description = "The trial number that ask printed.")
    int number;

    @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE", description = "The trial's objective value.")
    String value;

    @Option(names = "--state", paramLabel = "STATE", converter = StateConverter.class,
            description = "completed (default), pruned or failed.")
    TrialState state = TrialState.COMPLETED;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the trial was pruned or failed.")
    String reason;

    @Override
    int execute() {
        Double parsed = parseValue();
        StudyDirectory directory = StudyDirectory.open(dir);
        directory.requireNoRun("tell");
        StudyAtDirectory at = StudyAtDirectory.open(directory, Clock.systemUTC());
        History history = at.store().history();
        if (number < 0 || number >= history.size()) {
            throw CliException.badInput("the study in " + dir + " has no trial " + number + " ("
                    + (history.size() == 0 ? "no trial has been asked yet" : "its trials are 0.." + (history.size() - 1))
                    + ")");
        }
        Trial trial = history.trial(number);
        if (trial.isFinished()) {
            throw CliException.badInput("trial " + number + " has already ended " + trial.state().jsonName()
                    + (trial.value() != null ? " with value " + trial.value() : "") + ": an ended trial cannot change");
        }
        try {
            at.study().tell(number, state, parsed, reason);
        } catch (IllegalStateException e) {
            throw CliException.badInput(e.getMessage());
        }
        at.refreshFiles();
        out().println("trial " + number + " " + state.jsonName() + (parsed != null ? " with value " + parsed : ""));
        return ExitCodes.OK;
    }

    private Double parseValue() {
        if (value == null) {
            if (state == TrialState.COMPLETED) {
                throw CliException.badInput("VALUE is required for a completed trial (or give --state pruned|failed)");
            }
            return null;
        }
        if (state == TrialState.FAILED) {
            throw CliException.badInput("a failed trial has no value, but got VALUE " + value);
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw CliException.badInput("VALUE must be a number, got \"" + value + "\"");
        }
        if (!Double.isFinite(v)) {
            throw CliException.badInput("VALUE must be a finite number, got " + value
                    + " (use --state failed for a trial without a usable value)");
        }
        return v;
    }

    /** Reads completed, pruned or failed. */
    static final class StateConverter implements ITypeConverter<TrialState> {

        @Override
        public TrialState convert(String text) {
            return TrialState.fromJsonName(text)
                    .filter(s -> s == TrialState.COMPLETED || s == TrialState.PRUNED || s == TrialState.FAILED)
                    .orElseThrow(() -> new TypeConversionException(
                            "must be completed, pruned or failed, got \"" + text + "\""));
        }
    }
}
