package io.sparktune.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void nothingGivenIsTheDefaultClusterOnThisMachine() {
        assertEquals(new ClusterSettings("sparktune", List.of("127.0.0.1:5701")), ClusterSettings.parse(null, null));
        assertEquals(ClusterSettings.local(), ClusterSettings.parse(" ", null));
    }

    @Test
    void addressesAreTrimmedGivenTheDefaultPortAndKeptOnce() {
        ClusterSettings settings = ClusterSettings.parse("lab", " 10.0.0.5:6000, node-2 ,[::1], 10.0.0.5:6000");
        assertEquals("lab", settings.clusterName());
        assertEquals(List.of("10.0.0.5:6000", "node-2:5701", "[::1]:5701"), settings.addresses());
        assertEquals("10.0.0.5:6000, node-2:5701, [::1]:5701", settings.describeAddresses());
    }

    @Test
    void everyBadAddressIsReportedUnderTheFlag() {
        SpecException e = assertThrows(SpecException.class,
                () -> ClusterSettings.parse("sparktune", "127.0.0.1:70000,,host:http,::1:5701,a b:1"));
        assertEquals(List.of(
                new Problem("--cluster", "address 1 of 5 (\"127.0.0.1:70000\") has port 70000, but a port must be "
                        + "1..65535; expected host:port such as 127.0.0.1:5701"),
                new Problem("--cluster", "address 2 of 5 (\"\") is empty; expected host:port such as 127.0.0.1:5701"),
                new Problem("--cluster", "address 3 of 5 (\"host:http\") has a port that is not a number: \"http\"; "
                        + "expected host:port such as 127.0.0.1:5701"),
                new Problem("--cluster", "address 4 of 5 (\"::1:5701\") needs its IPv6 host in brackets, as [::1]:5701;"
                        + " expected host:port such as 127.0.0.1:5701"),
                new Problem("--cluster", "address 5 of 5 (\"a b:1\") has a host that is not a name or an IP address: "
                        + "\"a b\"; expected host:port such as 127.0.0.1:5701")), e.problems());
    }

    @Test
    void anEmptyListAndABadNameAreReportedTogether() {
        SpecException e = assertThrows(SpecException.class, () -> ClusterSettings.parse("my cluster", ""));
        assertEquals(List.of(
                new Problem("--cluster-name", "must be 1 to 100 letters, digits, '.', '_' or '-', got \"my cluster\""),
                new Problem("--cluster", "must list at least one address host:port, got \"\"")), e.problems());
    }

    @Test
    void theConstructorSaysWhatMustHold() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> new ClusterSettings("", List.of("127.0.0.1:5701")));
        assertEquals("clusterName of 1 to 100 letters, digits, '.', '_' or '-' must hold, but got \"\"",
                name.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new ClusterSettings("sparktune", List.of()));
        assertEquals("at least one address must hold, but got none", none.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> new ClusterSettings("sparktune", List.of("127.0.0.1")));
        assertEquals("addresses of the form host:port must hold, but got \"127.0.0.1\": has no port", port.getMessage());
    }

    @Test
    void settingsTravelWithSerializedWork() throws Exception {
        ClusterSettings settings = ClusterSettings.parse("lab", "10.0.0.5:6000,10.0.0.6");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(settings, in.readObject());
        }
    }
}
