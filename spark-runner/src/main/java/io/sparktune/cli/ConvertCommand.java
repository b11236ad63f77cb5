package io.sparktune.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.nni.NniConverter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sparktune convert nni FILE}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts a search space from another tool's format into a study \"space\".",
        subcommands = ConvertCommand.Nni.class)
final class ConvertCommand {

    /** {@code sparktune convert nni FILE}. */
    @Command(name = "nni", mixinStandardHelpOptions = true,
            description = {"Prints the study \"space\" for an NNI search_space.json, as JSON.",
                "Exit code 2 when the file cannot be converted (every problem is printed)."})
    static final class Nni extends CliCommand {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Parameters(index = "0", paramLabel = "FILE", description = "An NNI search_space.json.")
        Path file;

        @Override
        int execute() throws Exception {
            out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(NniConverter.convert(file)));
            return ExitCodes.OK;
        }
    }
}
