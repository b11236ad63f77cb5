package io.sparktune.runner.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrialContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Runs each trial as an outside process (see the package comment for the protocol). The trial's
 * value is the process's {@code result}; after a STOP verdict the process is stopped and the value
 * is the last one it reported. Thread-safe: each trial has its own process.
 */
public final class CommandTrainer implements Trainer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandSettings settings;
    private final List<String> parameterOrder;

    /**
     * @param space the study's space: parameters are written in its order
     */
    public CommandTrainer(CommandSettings settings, SearchSpace space) {
        this.settings = settings;
        this.parameterOrder = space.parameters().stream().map(Parameter::name).toList();
    }

    public CommandSettings settings() {
        return settings;
    }

    @Override
    public double train(TrialContext context) throws CommandFailedException {
        Map<String, Object> params = ordered(context.params());
        ProcessBuilder builder = new ProcessBuilder(argv(params)).directory(settings.workingDirectory().toFile());
        builder.environment().putAll(settings.env());
        builder.environment().put("SPARKTUNE_TRIAL", Integer.toString(context.number()));
        builder.environment().put("SPARKTUNE_SEED", Long.toString(context.seed()));
        long deadline = settings.timeout().map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
        RunningProcess process;
        try {
            process = RunningProcess.start(builder, stdin(params), "trial-" + context.number());
        } catch (IOException e) {
            throw new CommandFailedException("could not start " + settings.command() + " in "
                    + settings.workingDirectory() + ": " + e.getMessage());
        }
        try (process) {
            return follow(process, context, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted; its process was stopped");
        } catch (TimeoutException e) {
            process.stop();
            throw new CommandFailedException("timed out after " + settings.timeout().orElseThrow()
                    + "; its process was stopped" + tail(process));
        } catch (IOException e) {
            throw new CommandFailedException("reading the output of the process failed: " + e.getMessage());
        }
    }

    private double follow(RunningProcess process, TrialContext context, long deadline)
            throws InterruptedException, TimeoutException, IOException, CommandFailedException {
        Double result = null;
        for (String line = process.nextLine(deadline); line != null; line = process.nextLine(deadline)) {
            ProtocolLine parsed;
            try {
                parsed = ProtocolLine.parse(line);
            } catch (IllegalArgumentException e) {
                process.stop();
                throw new CommandFailedException(e.getMessage() + "; its process was stopped");
            }
            if (parsed instanceof ProtocolLine.ReportLine report) {
                Verdict verdict = context.reporter().report(report.step(), report.value());
                if (verdict.isStop()) {
                    process.stop();
                    return report.value();
                }
            } else if (parsed instanceof ProtocolLine.ResultLine last) {
                result = last.value();
            }
        }
        int exitCode = process.waitFor(deadline);
        if (exitCode != 0) {
            throw new CommandFailedException("the command exited with code " + exitCode + tail(process));
        }
        if (result == null) {
            throw new CommandFailedException("the command exited with code 0 but printed no \"result VALUE\" line"
                    + tail(process));
        }
        return result;
    }

    private static String tail(RunningProcess process) {
        String text = process.stderrTail();
        return text.isEmpty() ? " (its standard error was empty)" : "; the end of its standard error:\n" + text;
    }

    private Map<String, Object> ordered(Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        parameterOrder.stream().filter(params::containsKey).forEach(name -> out.put(name, params.get(name)));
        params.keySet().stream().filter(name -> !out.containsKey(name)).sorted()
                .forEach(name -> out.put(name, params.get(name)));
        return out;
    }

    List<String> argv(Map<String, Object> params) {
        List<String> argv = new ArrayList<>(settings.command());
        if (settings.args()) {
            params.forEach((name, value) -> {
                argv.add("--" + name);
                argv.add(argument(value));
            });
        }
        return argv;
    }

    private static String argument(Object value) {
        if (value instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parameter value cannot be written as JSON: " + value, e);
        }
    }

    private static byte[] stdin(Map<String, Object> params) throws CommandFailedException {
        try {
            return (JSON.writeValueAsString(params) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new CommandFailedException("the parameters cannot be written as JSON: " + e.getMessage());
        }
    }
}
