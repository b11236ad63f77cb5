package io.sparktune.store.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import java.util.List;

/**
 * A control-plane member in a process of its own, for tests: {@code CLUSTER HOST PORT}. Prints
 * {@code ready} once it runs and stops when its standard input closes (its test ended, or died).
 */
public final class MemberProcessMain {

    private MemberProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[1] + ":" + args[2];
        HazelcastInstance member = ControlPlane.startMember(new ClusterSettings(args[0], List.of(address)), args[1],
                Integer.parseInt(args[2]));
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the end of the input
        }
        member.getLifecycleService().terminate();
        System.exit(0);
    }
}
