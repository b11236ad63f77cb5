package io.sparktune.runner.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Spark master a study is submitted to: a standalone master ({@code spark://HOST:PORT}, or
 * {@code spark://H1:P1,H2:P2} for masters with standby), or {@code local[N]} to try a submission on
 * this machine alone. Other masters (YARN, Kubernetes) need Spark modules that the application
 * does not ship, so they are refused rather than failing inside SparkSubmit.
 *
 * @param url as Spark takes it
 * @param endpoints the masters to reach; empty for local mode
 */
public record SparkMaster(String url, List<Endpoint> endpoints) {

    /** How messages name the accepted forms. */
    public static final String FORMS = "spark://HOST:PORT (a standalone master; spark://H1:P1,H2:P2 with standby"
            + " masters) or local[N]";

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9]\\d{0,3})(,[1-9]\\d{0,3})?])?");
    private static final String STANDALONE = "spark://";

    public SparkMaster {
        Objects.requireNonNull(url, "url");
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty() != isLocal(url)) {
            throw new IllegalArgumentException("endpoints for a standalone master (and none for local mode) must hold,"
                    + " but got url=" + url + ", endpoints=" + endpoints);
        }
    }

    /**
     * Reads a master URL.
     *
     * @throws IllegalArgumentException with a message for the user: the accepted forms and what was given
     */
    public static SparkMaster parse(String text) {
        String url = text.strip();
        if (isLocal(url)) {
            return new SparkMaster(url, List.of());
        }
        if (!url.startsWith(STANDALONE) || url.length() == STANDALONE.length()) {
            throw new IllegalArgumentException("must be " + FORMS + ", got \"" + text + "\"");
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (String part : url.substring(STANDALONE.length()).split(",", -1)) {
            try {
                endpoints.add(Endpoint.parse(part.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be " + FORMS + ", got \"" + text + "\": " + e.getMessage(), e);
            }
        }
        return new SparkMaster(url, endpoints);
    }

    /** Whether trials run in the driver's JVM ({@code local[N]}) rather than on a cluster's executors. */
    public boolean isLocal() {
        return endpoints.isEmpty();
    }

    private static boolean isLocal(String url) {
        return LOCAL.matcher(url).matches();
    }

    @Override
    public String toString() {
        return url;
    }
}
