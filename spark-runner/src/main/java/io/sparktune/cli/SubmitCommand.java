package io.sparktune.cli;

import io.sparktune.cluster.ClusterSettings;
import io.sparktune.runner.cluster.ApplicationJars;
import io.sparktune.runner.cluster.DriverLaunch;
import io.sparktune.runner.cluster.DriverProcess;
import io.sparktune.runner.cluster.Endpoint;
import io.sparktune.runner.cluster.MemorySize;
import io.sparktune.runner.cluster.Reachability;
import io.sparktune.runner.cluster.SparkMaster;
import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.spec.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sparktune submit STUDY.json --master spark://HOST:7077 --cluster HOST:5701}: checks the
 * study file and the flags, checks that the master and the control plane answer, then starts the
 * study's driver through Spark's {@code SparkSubmit} (client mode, so the driver runs here), streams
 * its output and returns its exit code.
 */
@Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a study on a Spark cluster and writes its results to a study directory here.",
            "The driver runs here and asks for trials, the cluster's executors train them, and every report and"
                + " verdict goes through the control plane (sparktune server).",
            "The application jar and its lib folder must be at the same path on every Spark worker.",
            "Submitting a study the control plane already holds resumes it.",
            "Exit code 0 when the study ran (even if some trials failed); 1 when it stopped at maxFailures, or the"
                + " master, the control plane or the executors could not be reached; 2 for a bad study file or flag."})
final class SubmitCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file.")
    Path file;

    @Option(names = "--master", required = true, paramLabel = "URL", converter = ClusterFlags.Master.class,
            description = "The Spark master: " + SparkMaster.FORMS + ".")
    SparkMaster master;

    @Option(names = "--cluster", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Members of the control plane (sparktune server); one that answers is enough.")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = ClusterSettings.DEFAULT_CLUSTER_NAME,
            description = "The control plane's cluster name (default: ${DEFAULT-VALUE}).")
    String clusterName;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The study directory for best.json and trials.jsonl (default: runs/<study name>).")
    Path outDir;

    @Option(names = "--executor-memory", paramLabel = "SIZE", defaultValue = "1g", converter = ClusterFlags.Memory.class,
            description = "Heap of each executor (default: ${DEFAULT-VALUE}).")
    MemorySize executorMemory;

    @Option(names = "--driver-memory", paramLabel = "SIZE", defaultValue = "1g", converter = ClusterFlags.Memory.class,
            description = "Heap of the driver (default: ${DEFAULT-VALUE}).")
    MemorySize driverMemory;

    @Option(names = "--lease", paramLabel = "DURATION", converter = ClusterFlags.PositiveDuration.class,
            description = "How long a running trial may go without a heartbeat before it counts as lost and runs"
                    + " again as a new attempt (default: 30s).")
    Duration lease;

    @Option(names = "--executor-wait", paramLabel = "DURATION", defaultValue = "2m",
            converter = ClusterFlags.PositiveDuration.class,
            description = "How long the driver waits for its first executor before it gives up (default: 2m).")
    Duration executorWait;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, as spark-submit takes it; may be repeated.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Override
    int execute() throws InterruptedException {
        CheckedStudy study = CheckedStudy.read(file);
        ClusterSettings settings = ClusterSettings.parse(clusterName, cluster);
        checkReachable(settings);
        Path out = (outDir != null ? outDir : RunCommand.defaultDirectory(study.spec())).toAbsolutePath();
        StudyDirectory.create(out, study.file().bytes(), file.toString());
        ApplicationJars jars;
        try {
            jars = ApplicationJars.locate();
        } catch (IllegalStateException e) {
            throw CliException.failure(e.getMessage());
        }

        out().println("submitting " + study.spec().name() + " to " + master + "; control plane "
                + settings.describeAddresses() + " (cluster " + settings.clusterName() + "); results in " + out);
        out().flush();
        DriverLaunch launch = new DriverLaunch(jars, master, "sparktune " + study.spec().name(), driverMemory,
                executorMemory, conf, driverArgs(settings, out));
        try (ShutdownInterrupt shutdown = new ShutdownInterrupt()) {
            int code = DriverProcess.start(launch.commandLine(DriverLaunch.currentJava()), out(), err()).waitFor();
            if (code == ExitCodes.OK || code == ExitCodes.FAILURE || code == ExitCodes.BAD_INPUT) {
                return code;
            }
            throw CliException.failure("the driver ended with exit code " + code
                    + (code > 128 ? " (killed by signal " + (code - 128) + ")" : ""));
        } catch (InterruptedException e) {
            throw CliException.failure("interrupted: the driver was told to stop; the study resumes when submitted"
                    + " again");
        }
    }

    /** Fails within seconds when neither a master nor a member answers, instead of Spark's minute of retries. */
    private void checkReachable(ClusterSettings settings) {
        if (!master.isLocal()) {
            Reachability.noneAnswers(master.endpoints(), Reachability.TIMEOUT).ifPresent(problem -> {
                throw CliException.failure("cannot reach the Spark master at " + master + " (" + problem + ")");
            });
        }
        List<Endpoint> members = settings.addresses().stream().map(Endpoint::parse).toList();
        Optional<String> problem = Reachability.noneAnswers(members, Reachability.TIMEOUT);
        if (problem.isPresent()) {
            throw CliException.failure("cannot reach the control plane at " + settings.describeAddresses()
                    + " (cluster " + settings.clusterName() + "): " + problem.get()
                    + "; start one with sparktune server");
        }
    }

    private List<String> driverArgs(ClusterSettings settings, Path out) {
        List<String> args = new ArrayList<>(List.of(file.toAbsolutePath().toString(), "--out", out.toString(),
                "--cluster", String.join(",", settings.addresses()), "--cluster-name", settings.clusterName(),
                "--executor-wait", Durations.format(executorWait)));
        if (lease != null) {
            args.addAll(List.of("--lease", Durations.format(lease)));
        }
        if (debug) {
            args.add("--debug");
        }
        return args;
    }
}
