package io.sparktune.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.dashboard.data.TrialPage;
import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialSort;
import io.sparktune.json.TrialJson;
import io.sparktune.trial.TrialState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSummaryHasEveryFieldInOrder() {
        String json = ApiJson.summary(Snapshots.running("s").summary(), Snapshots.T0.plusMillis(90_500)).toString();

        assertEquals("{\"id\":\"s\",\"phase\":\"running\",\"direction\":\"minimize\",\"strategy\":\"random\","
                + "\"scheduler\":null,\"trials\":4,\"maxTrials\":20,\"counts\":{\"waiting\":0,\"running\":1,"
                + "\"completed\":2,\"pruned\":1,\"failed\":0,\"stale\":0},\"best\":{\"value\":1.0,\"trial\":1},"
                + "\"createdAt\":\"2024-05-01T11:59:00Z\",\"startedAt\":\"2024-05-01T12:00:00Z\",\"endedAt\":null,"
                + "\"elapsedSeconds\":90.5,\"message\":null}", json);
    }

    @Test
    void whatAStudyDoesNotHaveYetIsNull() {
        String json = ApiJson.summary(Snapshots.idle("i").summary(), Snapshots.T0).toString();

        assertEquals("{\"id\":\"i\",\"phase\":\"idle\",\"direction\":\"maximize\",\"strategy\":\"tpe\","
                + "\"scheduler\":\"asha\",\"trials\":0,\"maxTrials\":null,\"counts\":{\"waiting\":0,\"running\":0,"
                + "\"completed\":0,\"pruned\":0,\"failed\":0,\"stale\":0},\"best\":null,"
                + "\"createdAt\":\"2024-05-01T12:00:00Z\",\"startedAt\":null,\"endedAt\":null,"
                + "\"elapsedSeconds\":null,\"message\":null}", json);
    }

    @Test
    void aStudyAddsItsParametersAndItsStudyFileAsAnObject() throws Exception {
        var node = ApiJson.study(Snapshots.running("s"), Snapshots.T0);

        assertEquals(JSON.readTree("[\"x\"]"), node.get("parameters"));
        assertEquals(JSON.readTree(Snapshots.STUDY_JSON), node.get("study"));
    }

    @Test
    void aStudyFileThatIsNotJsonStaysText() {
        assertEquals("not json", ApiJson.studyFile("not json").textValue());
        assertEquals("", ApiJson.studyFile("").textValue());
    }

    @Test
    void aPageHoldsTheTrialsAsTrialJsonWithItsTotal() {
        var trial = Snapshots.trial(2, TrialState.PRUNED, 0.5, 0.3);
        TrialQuery query = new TrialQuery(Set.of(), TrialSort.RANK, 5, 1);

        var node = ApiJson.page(new TrialPage(List.of(trial), 9), query);

        assertEquals(9, node.get("total").asInt());
        assertEquals(5, node.get("offset").asInt());
        assertEquals(1, node.get("limit").asInt());
        assertEquals(TrialJson.toJson(trial), node.get("trials").get(0));
    }

    @Test
    void errorsAndTextAreAsDocumented() {
        assertEquals("{\"error\":\"no\",\"status\":404}", ApiJson.error(404, "no").toString());
        assertEquals("{\n  \"study\" : \"s\",\n  \"result\" : \"requested\"\n}\n",
                ApiJson.text(ApiJson.stop("s", "requested")));
    }
}
