package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "best", "ask", "tell", "convert", "convert nni", "submit", "status"})
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        Cli.Result result = Cli.run(words);

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("Usage: sparktune " + command), result.toString());
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertEquals(0, result.exitCode());
        for (String command : new String[] {"run", "validate", "best", "convert", "ask", "tell", "submit", "status"}) {
            assertTrue(result.out().contains("  " + command + " "), command + " missing from:\n" + result.out());
        }
        assertTrue(result.out().contains("2  bad input"), result.out());
        assertTrue(result.out().contains("sparktune server (a control-plane member with the dashboard"), result.out());
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().matches("sparktune \\d+\\.\\d+\\.\\d+.*\\R"), result.out());
    }

    @Test
    void badFlagsExitTwoWithPicocliMessageAndNoStackTrace() {
        Cli.Result unknown = Cli.run("run", "--frobnicate", "x.json");
        Cli.Result missing = Cli.run("validate");
        Cli.Result badProgress = Cli.run("run", "--progress", "fancy", "x.json");
        Cli.Result badTrial = Cli.run("tell", "dir", "seven", "1.0");
        Cli.Result noSubcommand = Cli.run("convert");

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("Missing required parameter: 'STUDY.json'"), missing.toString());
        assertEquals(2, badProgress.exitCode());
        assertTrue(badProgress.err().contains("must be bar, lines or none, got \"fancy\""), badProgress.toString());
        assertEquals(2, badTrial.exitCode());
        assertTrue(badTrial.err().contains("'seven' is not an int"), badTrial.toString());
        assertEquals(2, noSubcommand.exitCode(), noSubcommand.toString());
        for (Cli.Result r : new Cli.Result[] {unknown, missing, badProgress, badTrial, noSubcommand}) {
            assertFalse(r.err().contains("\tat "), "a stack trace leaked:\n" + r);
        }
    }

    @Test
    void anUnexpectedErrorExitsOneWithOneLineAndTheStackTraceOnlyWithDebug(@TempDir Path dir) throws Exception {
        Path study = Files.writeString(dir.resolve("study.json"), Studies.branin(3));
        Path blocker = Files.writeString(dir.resolve("a-file"), "");

        Cli.Result plain = Cli.run("run", study.toString(), "--out", blocker.resolve("sub").toString(),
                "--progress", "none");
        Cli.Result debug = Cli.run("run", "--debug", study.toString(), "--out", blocker.resolve("sub").toString(),
                "--progress", "none");

        assertEquals(1, plain.exitCode(), plain.toString());
        assertEquals(1, plain.err().lines().count(), plain.toString());
        assertTrue(plain.err().startsWith("sparktune run: cannot create the study directory"), plain.toString());
        assertEquals(1, debug.exitCode());
        assertTrue(debug.err().contains("\tat "), debug.toString());
    }
}
