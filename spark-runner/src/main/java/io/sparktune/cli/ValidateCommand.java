package io.sparktune.cli;

import io.sparktune.spec.Budget;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sparktune validate STUDY.json}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a study file and reports every problem, each with its JSON path.",
            "Exit code 0 when the file is valid, 2 otherwise."})
final class ValidateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file.")
    Path file;

    @Override
    int execute() {
        StudySpec spec = StudySpecReader.read(file);
        out().println("ok: " + summary(spec));
        return ExitCodes.OK;
    }

    /** {@code branin, 2 parameters, strategy random, no scheduler, trainer function, 200 trials, 2 at a time}. */
    static String summary(StudySpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(spec.name());
        parts.add(spec.space().size() + (spec.space().size() == 1 ? " parameter" : " parameters"));
        parts.add(spec.objective().direction().jsonName() + " " + spec.objective().metric());
        parts.add("strategy " + spec.strategy().type());
        parts.add(spec.scheduler().map(s -> "scheduler " + s.type()).orElse("no scheduler"));
        parts.add("trainer " + spec.trainer().type());
        parts.addAll(budget(spec.budget()));
        return String.join(", ", parts);
    }

    private static List<String> budget(Budget budget) {
        List<String> parts = new ArrayList<>();
        parts.add(budget.maxTrials().isPresent() ? budget.maxTrials().getAsInt() + " trials" : "no trial limit");
        parts.add(budget.maxConcurrent() + " at a time");
        budget.maxFailures().ifPresent(n -> parts.add("stops after " + n + " failed"));
        budget.timeLimit().ifPresent(t -> parts.add("time limit " + Format.duration(t)));
        if (budget.maxRetries() > 0) {
            parts.add(budget.maxRetries() + (budget.maxRetries() == 1 ? " retry" : " retries"));
        }
        return parts;
    }
}
