package io.sparktune.store.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.store.StoreAccess;
import io.sparktune.store.StudyStore;
import java.util.Objects;

/**
 * How a Spark executor (or any other process) reaches a study in the control plane. It carries only
 * the {@link ClusterSettings}; in each JVM it uses a Hazelcast instance of that cluster already running
 * there (the embedded member of {@code sparktune run}, where Spark runs in local mode, or a client made
 * earlier), else it connects one client and keeps it for the JVM's lifetime, shared by every task.
 */
public final class HazelcastStoreAccess implements StoreAccess {

    private static final long serialVersionUID = 1L;

    private final ClusterSettings settings;

    public HazelcastStoreAccess(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ClusterSettings settings() {
        return settings;
    }

    /**
     * @throws IllegalStateException when the control plane cannot be reached, or holds no study
     *     {@code studyId}
     */
    @Override
    public StudyStore open(String studyId) {
        return new HazelcastStudies(instance()).open(studyId).orElseThrow(() -> new IllegalStateException(
                "no study \"" + studyId + "\" in the control plane at " + settings.describeAddresses() + " (cluster "
                        + settings.clusterName() + ")"));
    }

    /** The instance of this JVM for the cluster: one running already, or a client made once. */
    HazelcastInstance instance() {
        synchronized (HazelcastStoreAccess.class) {
            return ControlPlane.running(settings.clusterName()).orElseGet(() -> ControlPlane.connect(settings));
        }
    }

    @Override
    public String toString() {
        return "HazelcastStoreAccess[" + settings.clusterName() + " at " + settings.describeAddresses() + "]";
    }
}
