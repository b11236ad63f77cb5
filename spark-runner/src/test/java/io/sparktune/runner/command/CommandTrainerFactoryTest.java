package io.sparktune.runner.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trainer.Trainers;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Objective;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTrainerFactoryTest {

    private static final TrainerSetup SETUP = new TrainerSetup("s", 1, new Objective("loss", Direction.MINIMIZE),
            SearchSpace.of(Parameter.of("x", new FloatDomain(0, 1, false, null))), Path.of("/studies/mine"));

    private static CommandTrainer create(String json) throws Exception {
        ObjectNode options = (ObjectNode) new ObjectMapper().readTree(json);
        return assertInstanceOf(CommandTrainer.class,
                Trainers.create(new ComponentSpec("command", options, "$.trainer"), SETUP));
    }

    private static List<String> problems(String json) throws Exception {
        ObjectNode options = (ObjectNode) new ObjectMapper().readTree(json);
        return assertThrows(SpecException.class,
                () -> Trainers.create(new ComponentSpec("command", options, "$.trainer"), SETUP))
                .problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryOption() throws Exception {
        CommandTrainer trainer = create("""
                {"command": ["python3", "train.py", "--fast"], "args": true, "workingDirectory": "scripts",
                 "env": {"CUDA_VISIBLE_DEVICES": "0"}, "timeout": "1h30m"}""");

        assertEquals(new CommandSettings(List.of("python3", "train.py", "--fast"), true,
                Path.of("/studies/mine/scripts"), Map.of("CUDA_VISIBLE_DEVICES", "0"),
                Optional.of(Duration.ofMinutes(90))), trainer.settings());
    }

    @Test
    void defaultsToTheStudyFolderAndSplitsASingleString() throws Exception {
        CommandTrainer trainer = create("{\"command\": \"python3  train.py\", \"timeout\": 30}");

        assertEquals(new CommandSettings(List.of("python3", "train.py"), false, Path.of("/studies/mine"), Map.of(),
                Optional.of(Duration.ofSeconds(30))), trainer.settings());
    }

    @Test
    void reportsEveryProblemWithItsPath() throws Exception {
        List<String> problems = problems("""
                {"args": "yes", "env": {"A": 1}, "timeout": "soon", "comand": ["x"]}""");

        assertEquals(5, problems.size(), problems.toString());
        assertEquals("$.trainer.command: is required: the program to run and its arguments, such as"
                + " [\"python3\", \"train.py\"]", problems.get(0));
        assertEquals("$.trainer.args: must be true or false, got a string (\"yes\")", problems.get(1));
        assertEquals("$.trainer.env.A: must be a string, got a number (1)", problems.get(2));
        assertEquals("$.trainer.timeout: must be a positive duration: a duration such as \"90s\", \"30m\","
                + " \"2h\", \"1h30m\", \"PT30M\" or a number of seconds, got a string (\"soon\")", problems.get(3));
        assertEquals("$.trainer.comand", problems.get(4).substring(0, "$.trainer.comand".length()));
        assertEquals(true, problems.get(4).contains("did you mean \"command\"?"), problems.get(4));
    }

    @Test
    void rejectsAnEmptyCommand() throws Exception {
        assertEquals(List.of("$.trainer.command: must name a program to run, got a list"), problems("{\"command\": []}"));
    }
}
