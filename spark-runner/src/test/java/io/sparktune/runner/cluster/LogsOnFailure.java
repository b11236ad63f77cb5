package io.sparktune.runner.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints the logs of the processes a test started when the test fails: a cluster test that fails
 * without its master's, workers' and executors' logs can only be guessed at. Register it with
 * {@code @RegisterExtension} and hand it each fixture as it starts.
 */
public final class LogsOnFailure implements TestExecutionExceptionHandler {

    private final List<Logged> watched = new CopyOnWriteArrayList<>();

    /** Shows the logs of {@code fixture} if the test fails; returns it. */
    public <T extends Logged> T watch(T fixture) {
        watched.add(fixture);
        return fixture;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        StringBuilder text = new StringBuilder("==== logs of " + context.getDisplayName() + " ====\n");
        for (Logged fixture : watched) {
            try {
                text.append(fixture.logs());
            } catch (RuntimeException e) {
                text.append("(its logs could not be read: ").append(e).append(")\n");
            }
        }
        System.err.println(text);
        throw throwable;
    }
}
