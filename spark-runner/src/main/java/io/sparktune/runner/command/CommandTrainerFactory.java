package io.sparktune.runner.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.spec.JsonKinds;
import io.sparktune.spec.Options;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerFactory;
import io.sparktune.trainer.TrainerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code command} trainer type. Options:
 * <ul>
 *   <li>{@code command} (required): the program and its arguments, a list of strings such as
 *       {@code ["python3", "train.py"]}; a single string is split on whitespace, with no quoting</li>
 *   <li>{@code args} (default false): also pass each parameter as {@code --name value}</li>
 *   <li>{@code workingDirectory} (default: the study file's folder): relative to that folder</li>
 *   <li>{@code env}: extra environment variables, an object of strings</li>
 *   <li>{@code timeout}: the longest one trial's process may run, seconds as a number or a
 *       duration such as {@code "90s"}, {@code "10m"}, {@code "1h30m"}</li>
 * </ul>
 */
public final class CommandTrainerFactory implements TrainerFactory {

    @Override
    public String type() {
        return "command";
    }

    @Override
    public Trainer create(Options options, TrainerSetup setup) {
        int before = options.problems().list().size();
        List<String> command = command(options);
        boolean args = options.getBoolean("args", false);
        String directory = options.getString("workingDirectory", ".");
        Map<String, String> env = env(options);
        Optional<Duration> timeout = options.getDuration("timeout");
        if (options.problems().list().size() > before) {
            return context -> {
                throw new IllegalStateException("the command trainer's options are invalid");
            };
        }
        Path workingDirectory = setup.baseDirectory().resolve(directory).normalize();
        return new CommandTrainer(new CommandSettings(command, args, workingDirectory, env, timeout), setup.space());
    }

    private static List<String> command(Options options) {
        Optional<JsonNode> raw = options.raw("command");
        if (raw.isEmpty()) {
            options.problem("command", "is required: the program to run and its arguments, such as"
                    + " [\"python3\", \"train.py\"]");
            return List.of();
        }
        List<String> command = raw.get().isTextual()
                ? Arrays.stream(raw.get().asText().trim().split("\\s+")).filter(w -> !w.isEmpty()).toList()
                : options.getStringList("command", List.of());
        if (command.isEmpty() && (raw.get().isTextual() || raw.get().isArray())) {
            options.problem("command", "must name a program to run, got " + JsonKinds.describe(raw.get()));
        }
        return command;
    }

    private static Map<String, String> env(Options options) {
        Map<String, String> env = new LinkedHashMap<>();
        Optional<JsonNode> raw = options.raw("env");
        if (raw.isEmpty()) {
            return env;
        }
        if (!raw.get().isObject()) {
            options.problem("env", "must be an object of strings, got " + JsonKinds.describe(raw.get()));
            return env;
        }
        raw.get().properties().forEach(e -> {
            if (e.getValue().isTextual()) {
                env.put(e.getKey(), e.getValue().asText());
            } else {
                options.problem("env." + e.getKey(), "must be a string, got " + JsonKinds.describe(e.getValue()));
            }
        });
        return env;
    }

}
