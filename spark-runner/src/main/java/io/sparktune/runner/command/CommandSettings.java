package io.sparktune.runner.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the {@code command} trainer starts one trial's process.
 *
 * @param command the program and its fixed arguments
 * @param args whether each parameter is also passed as {@code --name value}
 * @param workingDirectory where the process runs
 * @param env extra environment variables
 * @param timeout how long one trial's process may run before it is stopped and the trial fails
 */
public record CommandSettings(List<String> command, boolean args, Path workingDirectory, Map<String, String> env,
        Optional<Duration> timeout) {

    public CommandSettings {
        command = List.copyOf(command);
        if (command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("command must name a program to run, but got " + command);
        }
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        env = Map.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isPresent() && (timeout.get().isNegative() || timeout.get().isZero())) {
            throw new IllegalArgumentException("timeout > 0 must hold, but got " + timeout.get());
        }
    }

    /** Settings that run {@code command} in {@code workingDirectory}, with no extras. */
    public static CommandSettings of(Path workingDirectory, String... command) {
        return new CommandSettings(List.of(command), false, workingDirectory, Map.of(), Optional.empty());
    }
}
