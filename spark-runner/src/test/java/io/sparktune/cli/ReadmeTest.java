package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.runner.command.CommandSettings;
import io.sparktune.runner.command.CommandTrainer;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.trainer.TrialContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README shows works as it says. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    private static List<String> blocks(String language) throws Exception {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theStudyByExampleIsValid() throws Exception {
        StudySpec spec = StudySpecReader.read(blocks("json").get(0), Path.of("."));

        assertEquals("mlp", spec.name());
        assertEquals(5, spec.space().size());
    }

    @Test
    void theQuickStartIsTwoCommandsAndCiRunsTheTestOne() throws Exception {
        List<String> commands = blocks("sh").get(0).lines().map(l -> l.replaceAll("\\s+#.*", "").strip()).toList();

        assertEquals(List.of("./sparktune run examples/digits-mlp.json", "./mvnw -B verify"), commands);
        List<String> ci = Files.readAllLines(Path.of("..", ".ci", "run"));
        assertEquals(commands.get(1), ci.get(ci.size() - 1));
        assertTrue(ci.contains("set -euo pipefail"));
    }

    @Test
    void theMinimalPythonObjectiveFollowsTheProtocol(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("objective.py"), blocks("python").get(0));
        CommandTrainer trainer = new CommandTrainer(CommandSettings.of(dir, "python3", "objective.py"),
                SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 1))));
        List<Double> reported = new ArrayList<>();

        double value = trainer.train(new TrialContext(0, Map.of("x", 0.5), 1, (step, v) -> {
            reported.add(v);
            return Verdict.CONTINUE;
        }));

        assertEquals(0.04, value, 1e-9);
        assertEquals(3, reported.size());
    }
}
