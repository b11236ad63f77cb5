package io.sparktune.cluster;

import io.sparktune.spec.Problems;
import io.sparktune.spec.SpecException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which control plane: the cluster's name and the addresses ({@code host:port}) of some of its
 * members. A member joins the members at these addresses; a client connects to the first that answers
 * and learns the others from it. The name keeps clusters apart: a member or client only ever talks to
 * a cluster of the same name. {@link Serializable}, so that it travels with the work handed to Spark
 * executors.
 *
 * @param clusterName letters, digits, {@code .}, {@code _} and {@code -}
 * @param addresses {@code host:port} each, an IPv6 host in brackets ({@code [::1]:5701}); at least one
 */
public record ClusterSettings(String clusterName, List<String> addresses) implements Serializable {

    /** The cluster's name when none is given. */
    public static final String DEFAULT_CLUSTER_NAME = "sparktune";

    /** The port of an address that names none, and of a member started without one. */
    public static final int DEFAULT_PORT = 5701;

    /** The flag whose value {@link #parse} reads as the addresses; its problems are reported under it. */
    public static final String ADDRESSES_FLAG = "--cluster";

    /** The flag whose value {@link #parse} reads as the cluster's name. */
    public static final String NAME_FLAG = "--cluster-name";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]");

    public ClusterSettings {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(addresses, "addresses");
        if (!NAME.matcher(clusterName).matches()) {
            throw new IllegalArgumentException("clusterName of 1 to 100 letters, digits, '.', '_' or '-' must hold, "
                    + "but got \"" + clusterName + "\"");
        }
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("at least one address must hold, but got none");
        }
        for (String address : addresses) {
            String problem = problemOf(address);
            if (problem != null) {
                throw new IllegalArgumentException("addresses of the form host:port must hold, but got \"" + address
                        + "\": " + problem);
            }
        }
    }

    /** The default cluster on this machine: {@code sparktune} at {@code 127.0.0.1:5701}. */
    public static ClusterSettings local() {
        return new ClusterSettings(DEFAULT_CLUSTER_NAME, List.of("127.0.0.1:" + DEFAULT_PORT));
    }

    /**
     * Settings from user input: {@code clusterName} from {@value #NAME_FLAG} ({@code null} or blank:
     * {@value #DEFAULT_CLUSTER_NAME}) and the comma-separated addresses of {@value #ADDRESSES_FLAG}
     * ({@code null}: {@code 127.0.0.1:5701}); an address without a port gets {@value #DEFAULT_PORT}.
     *
     * @throws SpecException naming the flag, with every problem found
     */
    public static ClusterSettings parse(String clusterName, String commaSeparatedAddresses) {
        Problems problems = new Problems();
        String name = clusterName == null || clusterName.isBlank() ? DEFAULT_CLUSTER_NAME : clusterName.strip();
        if (!NAME.matcher(name).matches()) {
            problems.add(NAME_FLAG, "must be 1 to 100 letters, digits, '.', '_' or '-', got \"" + clusterName + "\"");
        }
        List<String> addresses = new ArrayList<>();
        if (commaSeparatedAddresses == null) {
            addresses.add("127.0.0.1:" + DEFAULT_PORT);
        } else if (commaSeparatedAddresses.isBlank()) {
            problems.add(ADDRESSES_FLAG, "must list at least one address host:port, got \"" + commaSeparatedAddresses
                    + "\"");
        } else {
            String[] parts = commaSeparatedAddresses.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String address = withPort(parts[i].strip());
                String problem = problemOf(address);
                if (problem != null) {
                    problems.add(ADDRESSES_FLAG, "address " + (i + 1) + " of " + parts.length + " (\""
                            + parts[i].strip() + "\") " + problem + "; expected host:port such as 127.0.0.1:5701");
                } else if (!addresses.contains(address)) {
                    addresses.add(address);
                }
            }
        }
        problems.throwIfAny();
        return new ClusterSettings(name, addresses);
    }

    /** The addresses as one comma-separated string, as a person reads them in a message. */
    public String describeAddresses() {
        return String.join(", ", addresses);
    }

    private static String withPort(String address) {
        boolean bracketed = address.startsWith("[") && address.endsWith("]");
        boolean plainHost = !address.isEmpty() && !address.contains(":");
        return bracketed || plainHost ? address + ":" + DEFAULT_PORT : address;
    }

    /** What is wrong with {@code address} as {@code host:port}, or {@code null} when nothing is. */
    static String problemOf(String address) {
        if (address == null || address.isEmpty()) {
            return "is empty";
        }
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            return "has no port";
        }
        String host = address.substring(0, colon);
        String port = address.substring(colon + 1);
        if (host.contains(":") && !host.startsWith("[")) {
            return "needs its IPv6 host in brackets, as [::1]:5701";
        }
        if (!HOST.matcher(host).matches()) {
            return "has a host that is not a name or an IP address: \"" + host + "\"";
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return "has a port that is not a number: \"" + port + "\"";
        }
        if (number < 1 || number > 65535) {
            return "has port " + number + ", but a port must be 1..65535";
        }
        return null;
    }
}
