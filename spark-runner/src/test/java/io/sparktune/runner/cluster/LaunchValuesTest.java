package io.sparktune.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LaunchValuesTest {

    @Test
    void aStandaloneMasterNamesItsEndpoints() {
        SparkMaster one = SparkMaster.parse("spark://127.0.0.1:7077");
        SparkMaster two = SparkMaster.parse(" spark://a.example:7077,b.example:7078 ");
        SparkMaster v6 = SparkMaster.parse("spark://[::1]:7077");

        assertEquals(List.of(new Endpoint("127.0.0.1", 7077)), one.endpoints());
        assertEquals("spark://a.example:7077,b.example:7078", two.url());
        assertEquals(List.of(new Endpoint("a.example", 7077), new Endpoint("b.example", 7078)), two.endpoints());
        assertEquals("::1", v6.endpoints().get(0).socketHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "local[2]", "local[*]", "local[4,2]"})
    void localModeHasNoEndpoints(String url) {
        SparkMaster master = SparkMaster.parse(url);

        assertTrue(master.isLocal());
        assertEquals(url, master.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yarn", "spark://", "spark://host", "spark://host:port", "spark://host:0",
        "spark://host:70000", "127.0.0.1:7077", "local[0]", "spark://::1:7077", "k8s://https://h:443"})
    void otherMastersAreRefusedWithTheAcceptedForms(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkMaster.parse(url));

        assertTrue(e.getMessage().startsWith("must be spark://HOST:PORT"), e.getMessage());
        assertTrue(e.getMessage().contains("got \"" + url + "\""), e.getMessage());
    }

    @Test
    void aMasterChecksItsOwnParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkMaster("spark://h:1", List.of()));

        assertEquals("endpoints for a standalone master (and none for local mode) must hold, but got"
                + " url=spark://h:1, endpoints=[]", e.getMessage());
    }

    @Test
    void endpointsCheckTheirPort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Endpoint("h", 0));

        assertEquals("1 <= port <= 65535 must hold, but got port=0", e.getMessage());
        assertEquals("h:1", new Endpoint("h", 1).toString());
    }

    @Test
    void memorySizesNeedAUnitAndAreLowerCased() {
        assertEquals("512m", MemorySize.parse("512M").text());
        assertEquals("2g", MemorySize.parse(" 2g ").text());
        for (String bad : new String[] {"512", "1.5g", "0g", "lots", "1gb", "-1g", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemorySize.parse(bad));
            assertEquals("must be a size with a unit, such as 512m or 2g, got \"" + bad + "\"", e.getMessage());
        }
        IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> new MemorySize("2G"));
        assertEquals("a size such as 512m or 2g must hold, but got \"2G\"", direct.getMessage());
    }
}
