package io.sparktune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sparktune} command. */
@Command(name = "sparktune", mixinStandardHelpOptions = true, versionProvider = SparktuneCli.Version.class,
        description = "Hyperparameter search for deep learning on the JVM.",
        subcommands = {RunCommand.class, ValidateCommand.class, BestCommand.class, ConvertCommand.class,
            AskCommand.class, TellCommand.class, BenchCommand.class, SubmitCommand.class,
            StatusCommand.class, DriverCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  failure: maxFailures reached, no completed trial yet, an internal error",
            "  2  bad input: a bad study file, flag or argument", "",
            "Run \"sparktune COMMAND --help\" for the details of a command.", "",
            "sparktune server (a control-plane member with the dashboard: the web leaderboard and the REST API)",
            "runs in a JVM of its own, without Spark: \"sparktune server --help\" tells more."})
public final class SparktuneCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparktuneCli()).execute(args));
    }

    /** The version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = SparktuneCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"sparktune " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
