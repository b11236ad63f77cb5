package io.sparktune.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.json.TrialJson;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.spec.UserFile;
import io.sparktune.trial.Trial;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sparktune ask DIR [--study STUDY.json]}. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Creates a trial in the study kept in DIR and prints it as JSON.",
            "It prints {\"trial\":N,\"params\":{...}}; report the outcome with \"sparktune tell\".",
            "The first ask needs --study to create DIR; later ones read DIR/study.json.",
            "Concurrent asks on one DIR, from any number of processes, get distinct trials.",
            "The study's budget is not checked: the caller decides when to stop.",
            "Exit code 1 when the strategy has nothing left to propose (a finished grid)."})
final class AskCommand extends CliCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "DIR", description = "The study directory.")
    Path dir;

    @Option(names = "--study", paramLabel = "STUDY.json",
            description = "The study file; creates DIR on the first ask, must match DIR/study.json later.")
    Path studyFile;

    @Override
    int execute() {
        Clock clock = Clock.systemUTC();
        StudyAtDirectory at;
        if (studyFile != null) {
            UserFile study = UserFile.read(studyFile, "a study file");
            StudySpec spec = StudySpecReader.read(study);
            StudyDirectory directory = StudyDirectory.create(dir, study.bytes(), studyFile.toString());
            directory.requireNoRun("ask");
            at = StudyAtDirectory.open(directory, spec, clock);
        } else if (!StudyDirectory.isStudyDirectory(dir)) {
            throw CliException.badInput(dir + " is not a study directory yet: the first ask needs --study STUDY.json");
        } else {
            StudyDirectory directory = StudyDirectory.open(dir);
            directory.requireNoRun("ask");
            at = StudyAtDirectory.open(directory, clock);
        }
        Optional<Trial> trial = at.study().ask();
        if (trial.isEmpty()) {
            throw CliException.failure("the strategy \"" + at.spec().strategy().type()
                    + "\" has nothing left to propose (" + at.store().history().size() + " trials asked)");
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("trial", trial.get().number());
        json.set("params", TrialJson.paramsToJson(trial.get().params()));
        out().println(json);
        return ExitCodes.OK;
    }
}
