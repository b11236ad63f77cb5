package io.sparktune.runner.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.scheduler.Verdict;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.trainer.Reporter;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTrainerTest {

    private static final SearchSpace SPACE = SearchSpace.of(
            Parameter.of("x", new FloatDomain(-10, 10, false, null)),
            Parameter.of("optimizer", CategoricalDomain.of("sgd", "adam")));
    private static final Map<String, Object> PARAMS = Map.of("x", 1.5, "optimizer", "adam");

    @TempDir
    Path dir;

    private final List<Report> reports = new CopyOnWriteArrayList<>();

    private Reporter recording(long stopAtStep) {
        return (step, value) -> {
            reports.add(new Report(step, value));
            return step >= stopAtStep ? Verdict.stop("stopped at step " + step) : Verdict.CONTINUE;
        };
    }

    private CommandTrainer trainer(String script, boolean args, Optional<Duration> timeout) throws IOException {
        Files.writeString(dir.resolve("objective.py"), script);
        return new CommandTrainer(new CommandSettings(List.of("python3", "objective.py"), args, dir,
                Map.of("EXTRA", "from-env"), timeout), SPACE);
    }

    private TrialContext context(int number, Reporter reporter) {
        return new TrialContext(number, PARAMS, 42L, reporter);
    }

    @Test
    void readsParametersFromStdinAndReportsThenResult() throws Exception {
        CommandTrainer trainer = trainer("""
                import json, os, sys
                p = json.load(sys.stdin)
                print("starting, this line is ignored")
                for step in range(3):
                    print(f"report {step} {p['x'] * step}", flush=True)
                trial = int(os.environ["SPARKTUNE_TRIAL"])
                seed = int(os.environ["SPARKTUNE_SEED"])
                assert os.environ["EXTRA"] == "from-env"
                assert p["optimizer"] == "adam"
                print(f"result {p['x'] + trial + seed}")
                """, false, Optional.empty());

        double value = trainer.train(context(7, recording(Long.MAX_VALUE)));

        assertEquals(1.5 + 7 + 42, value, 1e-12);
        assertEquals(List.of(new Report(0, 0.0), new Report(1, 1.5), new Report(2, 3.0)), reports);
    }

    @Test
    void passesParametersAsArgumentsWhenAsked() throws Exception {
        CommandTrainer trainer = trainer("""
                import sys
                print("result", float(sys.argv[sys.argv.index("--x") + 1]) * 2)
                assert sys.argv[1:] == ["--x", "1.5", "--optimizer", "adam"], sys.argv
                """, true, Optional.empty());

        assertEquals(3.0, trainer.train(context(0, recording(Long.MAX_VALUE))), 1e-12);
    }

    @Test
    void stopVerdictStopsTheProcessAndReturnsTheLastReportedValue() throws Exception {
        Path pidFile = dir.resolve("pid");
        CommandTrainer trainer = trainer("""
                import os, time
                open("pid", "w").write(str(os.getpid()))
                step = 0
                while True:
                    print(f"report {step} {10 - step}", flush=True)
                    step += 1
                    time.sleep(0.05)
                """, false, Optional.empty());

        long started = System.nanoTime();
        double value = trainer.train(context(0, recording(3)));

        assertEquals(7.0, value);
        assertEquals(4, reports.size());
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the process must be gone");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(4)) < 0);
    }

    @Test
    void nonZeroExitFailsWithTheExitCodeAndTheTailOfStderr() throws Exception {
        CommandTrainer trainer = trainer("""
                import sys
                for i in range(100):
                    print(f"noise line {i}", file=sys.stderr)
                print("report 0 1.0", flush=True)
                print("ValueError: learning rate too high", file=sys.stderr)
                sys.exit(3)
                """, false, Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> trainer.train(context(0, recording(Long.MAX_VALUE))));

        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("ValueError: learning rate too high"), e.getMessage());
        assertTrue(e.getMessage().contains("noise line 99"), e.getMessage());
        assertFalse(e.getMessage().contains("noise line 10\n"), "only the tail is kept: " + e.getMessage());
        assertEquals(1, reports.size());
    }

    @Test
    void exitWithoutResultFails() throws Exception {
        CommandTrainer trainer = trainer("print('report 0 0.5')\n", false, Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> trainer.train(context(0, recording(Long.MAX_VALUE))));

        assertTrue(e.getMessage().contains("no \"result VALUE\" line"), e.getMessage());
    }

    @Test
    void malformedProtocolLineFailsAndNamesTheLine() throws Exception {
        CommandTrainer trainer = trainer("print('report one 0.5')\nprint('result 1')\n", false, Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> trainer.train(context(0, recording(Long.MAX_VALUE))));

        assertTrue(e.getMessage().contains("\"report one 0.5\" must have the form \"report STEP VALUE\""),
                e.getMessage());
    }

    @Test
    void timeoutStopsTheProcessAndFails() throws Exception {
        CommandTrainer trainer = trainer("import time\ntime.sleep(60)\nprint('result 1')\n", false,
                Optional.of(Duration.ofMillis(500)));

        long started = System.nanoTime();
        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> trainer.train(context(0, recording(Long.MAX_VALUE))));

        assertTrue(e.getMessage().contains("timed out after PT0.5S"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void interruptStopsTheProcessAndKeepsTheInterruptFlag() throws Exception {
        CommandTrainer trainer = trainer("""
                import os, time
                open("pid", "w").write(str(os.getpid()))
                time.sleep(60)
                """, false, Optional.empty());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                trainer.train(context(0, recording(Long.MAX_VALUE)));
            } catch (Exception e) {
                thrown.set(e);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        worker.start();
        Path pidFile = dir.resolve("pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(pidFile) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        worker.interrupt();
        worker.join(Duration.ofSeconds(20).toMillis());

        assertFalse(worker.isAlive());
        assertTrue(thrown.get() instanceof CommandFailedException, String.valueOf(thrown.get()));
        assertTrue(flag.get(), "the interrupt flag must be restored");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void missingProgramFailsWithAClearMessage() {
        CommandTrainer trainer = new CommandTrainer(CommandSettings.of(dir, "no-such-program-xyz"), SPACE);

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> trainer.train(context(0, recording(Long.MAX_VALUE))));

        assertTrue(e.getMessage().startsWith("could not start [no-such-program-xyz]"), e.getMessage());
    }
}
