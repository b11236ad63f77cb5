package io.sparktune.runner.cluster;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * The options a JVM of the application needs on Java 17 to reach the JDK internals its libraries use:
 * Spark's own list (what its launcher gives every driver and executor) and Hazelcast's (without them a
 * member or client warns at start and gives up faster code paths).
 */
public final class JvmFlags {

    /** What Hazelcast 5 asks for at start-up, in the {@code --flag=value} form a JVM option string takes. */
    public static final List<String> HAZELCAST = List.of("--add-modules=java.se",
            "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.management/sun.management=ALL-UNNAMED",
            "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED");

    private JvmFlags() {
    }

    /** Spark's options, then those of Hazelcast's that Spark's do not hold already. */
    public static List<String> sparkAndHazelcast() {
        List<String> all = new ArrayList<>(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        HAZELCAST.stream().filter(flag -> !all.contains(flag)).forEach(all::add);
        return all;
    }
}
