package io.sparktune.cli;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sparktune status [STUDY] --cluster HOST:5701}: the studies on the control plane and their
 * progress, read as a client of it; it changes nothing.
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the studies on the control plane with their trials by state and the best value so far;"
                + " with STUDY, also its running trials and where they run.",
            "Exit code 0, 1 when the control plane cannot be reached, 2 for a bad flag or an unknown study."})
final class StatusCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY", description = "A study's name.")
    String study;

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]", defaultValue = "127.0.0.1:5701",
            description = "Members of the control plane; one that answers is enough (default: ${DEFAULT-VALUE}).")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = ClusterSettings.DEFAULT_CLUSTER_NAME,
            description = "The control plane's cluster name (default: ${DEFAULT-VALUE}).")
    String clusterName;

    private final Clock clock = Clock.systemUTC();

    @Override
    int execute() {
        ClusterSettings settings = ClusterSettings.parse(clusterName, cluster);
        HazelcastInstance client;
        try {
            client = ControlPlane.connect(settings);
        } catch (IllegalStateException e) {
            throw CliException.failure(e.getMessage() + "; is sparktune server running there?");
        }
        try {
            HazelcastStudies studies = new HazelcastStudies(client);
            if (study == null) {
                list(studies);
            } else {
                show(studies, settings);
            }
            return ExitCodes.OK;
        } finally {
            client.shutdown();
        }
    }

    private void list(HazelcastStudies studies) {
        List<StudyRecord> records = studies.list().stream().sorted(Comparator.comparing(StudyRecord::id)).toList();
        if (records.isEmpty()) {
            out().println("no studies on the control plane yet");
            return;
        }
        out().println(StudyProgress.header());
        for (StudyRecord record : records) {
            studies.open(record.id()).ifPresent(store ->
                    out().println(new StudyProgress(record.id(), record.direction(), store.history()).row()));
        }
    }

    private void show(HazelcastStudies studies, ClusterSettings settings) {
        StudyRecord record = studies.record(study).orElseThrow(() -> CliException.badInput("no study named \"" + study
                + "\" on the control plane at " + settings.describeAddresses() + "; it holds: "
                + names(studies)));
        var store = studies.open(study).orElseThrow(() -> CliException.failure("the study " + study
                + " has no trials on the control plane"));
        new StudyProgress(record.id(), record.direction(), store.history()).details(clock.instant())
                .forEach(out()::println);
    }

    private static String names(HazelcastStudies studies) {
        List<String> names = studies.list().stream().map(StudyRecord::id).sorted().toList();
        return names.isEmpty() ? "no studies" : String.join(", ", names);
    }
}
