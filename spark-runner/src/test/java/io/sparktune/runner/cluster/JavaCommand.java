package io.sparktune.runner.cluster;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What starts one JVM of a test cluster: its options, class path, main class, arguments, extra
 * environment and working folder.
 */
public record JavaCommand(List<String> jvmOptions, List<String> classpath, String mainClass, List<String> args,
        Map<String, String> env, Path workDir) {

    public JavaCommand {
        jvmOptions = List.copyOf(jvmOptions);
        classpath = List.copyOf(classpath);
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("a class path must be given, but got none");
        }
        Objects.requireNonNull(mainClass, "mainClass");
        args = List.copyOf(args);
        env = Map.copyOf(env);
        Objects.requireNonNull(workDir, "workDir");
    }

    /** The command line: {@code java OPTIONS -cp CLASSPATH MAIN ARGS}. */
    public List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(Installation.java());
        line.addAll(jvmOptions);
        line.add("-cp");
        line.add(String.join(File.pathSeparator, classpath));
        line.add(mainClass);
        line.addAll(args);
        return line;
    }

    /** This command with {@code more} environment variables. */
    public JavaCommand withEnv(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.putAll(more);
        return new JavaCommand(jvmOptions, classpath, mainClass, args, all, workDir);
    }
}
