package io.sparktune.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sparktune best DIR}. */
@Command(name = "best", mixinStandardHelpOptions = true,
        description = {"Prints the best completed trial of a study directory as JSON.",
            "It holds the study, the direction, the trial number, its value and its parameters.",
            "Exit code 1 when no trial has completed yet, 2 when DIR is not a study directory."})
final class BestCommand extends CliCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "DIR", description = "A study directory made by run or ask.")
    Path dir;

    @Override
    int execute() throws Exception {
        StudyAtDirectory at = StudyAtDirectory.open(StudyDirectory.open(dir), Clock.systemUTC());
        History history = at.store().history();
        Optional<Trial> best = history.best();
        if (best.isEmpty()) {
            throw CliException.failure(dir + " has no completed trial yet (" + history.size()
                    + (history.size() == 1 ? " trial" : " trials") + " so far)");
        }
        out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                at.directory().bestJson(at.spec().name(), history.direction(), best.get())));
        return ExitCodes.OK;
    }
}
