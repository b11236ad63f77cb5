package io.sparktune.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sparktune best DIR}, or {@code sparktune best STUDY --server URL}. */
@Command(name = "best", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the best completed trial of a study directory as JSON, or, with --server, of a study"
                + " on a dashboard's control plane.",
            "It holds the study, the direction, the trial number, its value, its parameters and the study file.",
            "Exit code 1 when no trial has completed yet (or the dashboard cannot be reached or knows no such study),"
                + " 2 when DIR is not a study directory (or for a bad --server URL or a missing or wrong token)."})
final class BestCommand extends CliCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "DIR|STUDY",
            description = "A study directory made by run or ask; with --server, a study's name.")
    String target;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask the dashboard at URL (http://127.0.0.1:8265) through its REST API.")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:" + DashboardClient.TOKEN_VARIABLE + "}",
            description = "The dashboard's token, sent as a bearer token (default: the environment variable "
                    + DashboardClient.TOKEN_VARIABLE + ").")
    String token;

    @Override
    int execute() throws Exception {
        if (server == null && spec.commandLine().getParseResult().hasMatchedOption("--token")) {
            throw CliException.badInput("--token is for a dashboard: give --server URL too");
        }
        JsonNode best = server != null ? DashboardClient.of(server, token).best(target) : fromDirectory(Path.of(target));
        out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(best));
        return ExitCodes.OK;
    }

    private static JsonNode fromDirectory(Path dir) {
        StudyAtDirectory at = StudyAtDirectory.open(StudyDirectory.open(dir), Clock.systemUTC());
        History history = at.store().history();
        Optional<Trial> best = history.best();
        if (best.isEmpty()) {
            throw CliException.failure(dir + " has no completed trial yet (" + history.size()
                    + (history.size() == 1 ? " trial" : " trials") + " so far)");
        }
        return at.directory().bestJson(at.spec().name(), history.direction(), best.get());
    }
}
