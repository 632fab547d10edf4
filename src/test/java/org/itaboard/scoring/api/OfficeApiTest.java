package org.itaboard.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API with two offices over real HTTP: a user of Wang Thonglang is refused Nong Chok's years like any other
 * forbidden call (403, a problem detail), the BMA's analyst reads every office, and the short {@code /years} paths
 * answer for the caller's own office. The years created here (2596) are removed after each test.
 */
class OfficeApiTest extends WebServerTest {

    private static final String SETTINGS = """
            {"weights":{"IIT":30,"EIT":30,"OIT":40},"toolAggregation":"MEAN_OF_INDICATORS",
             "gradeScheme":"SEVEN_GRADES","weakThreshold":85}""";
    private static final String CATALOGUE = "code,tool,indicator,sub_indicator,topic_th,topic_en\nI1,IIT,1,,ข้อ 1,Item 1\n";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ObjectMapper json;

    @Test
    void theOfficesListIsAsFarAsTheCallerMaySee() throws Exception {
        HttpResponse<String> director = get("api/v1/offices", "director");
        assertThat(director.statusCode()).isEqualTo(200);
        assertThat(json.readTree(director.body()).findValuesAsText("code")).containsExactly("wangthonglang");

        HttpResponse<String> bma = get("api/v1/offices", "bma");
        assertThat(bma.statusCode()).isEqualTo(200);
        assertThat(json.readTree(bma.body()).findValuesAsText("code"))
                .containsExactlyInAnyOrder("wangthonglang", "nongchok", "khannayao");
    }

    @Test
    void anotherOfficesSummaryIsForbiddenButTheBmaReadsIt() throws Exception {
        HttpResponse<String> director = get("api/v1/offices/nongchok/years/2567/summary", "director");
        assertForbidden(director);

        HttpResponse<String> bma = get("api/v1/offices/nongchok/years/2567/summary", "bma");
        assertThat(bma.statusCode()).isEqualTo(200);
        JsonNode summary = json.readTree(bma.body());
        assertThat(summary.get("year").asInt()).isEqualTo(2567);
        assertThat(summary.get("ita").get("computed").decimalValue()).isEqualByComparingTo("98.02");
    }

    @Test
    void theShortPathIsTheCallersOwnOffice() throws Exception {
        HttpResponse<String> response = get("api/v1/years/2565/summary", "director");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("ita").get("computed").decimalValue()).isEqualByComparingTo("96.15");
        // Nong Chok has no 2565: its director's short path is their own office, not Wang Thonglang.
        assertThat(get("api/v1/years/2565/summary", "director.nongchok").statusCode()).isEqualTo(404);
    }

    @Test
    void aCoordinatorCreatesYearsInTheirOwnOfficeOnly() throws Exception {
        assertForbidden(put("api/v1/offices/nongchok/years/2596", "coordinator", "application/json", SETTINGS));
        assertThat(get("api/v1/offices/nongchok/years/2596", "coordinator.nongchok").statusCode()).isEqualTo(404);
        assertForbidden(put("api/v1/offices/nongchok/years/2596", "bma", "application/json", SETTINGS));
        assertThat(get("api/v1/offices/nongchok/years/2596", "bma").statusCode()).isEqualTo(404);

        HttpResponse<String> created = put("api/v1/offices/nongchok/years/2596", "coordinator.nongchok",
                "application/json", SETTINGS);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/offices/nongchok/years/2596");
        assertThat(get("api/v1/years/2596", "coordinator.nongchok").statusCode()).isEqualTo(200);
        // Wang Thonglang has no 2596 of its own; Nong Chok's is not reachable through the short path.
        assertThat(get("api/v1/years/2596", "coordinator").statusCode()).isEqualTo(404);
        assertForbidden(get("api/v1/offices/nongchok/years/2596", "coordinator"));
    }

    @Test
    void scoresCannotBePutIntoAnotherOfficesYear() throws Exception {
        assertThat(put("api/v1/offices/nongchok/years/2596", "coordinator.nongchok", "application/json", SETTINGS)
                .statusCode()).isEqualTo(201);
        assertThat(put("api/v1/offices/nongchok/years/2596/catalogue", "coordinator.nongchok", "text/csv", CATALOGUE)
                .statusCode()).isEqualTo(200);

        assertForbidden(put("api/v1/offices/nongchok/years/2596/scores", "coordinator", "text/csv", "code,score\nI1,90\n"));
        assertForbidden(put("api/v1/offices/nongchok/years/2567/scores", "coordinator", "text/csv", "code,score\nITA,10\n"));
        assertForbidden(put("api/v1/offices/nongchok/years/2596/catalogue", "coordinator", "text/csv", CATALOGUE));

        JsonNode summary = json.readTree(get("api/v1/offices/nongchok/years/2596/summary", "coordinator.nongchok").body());
        assertThat(summary.get("tools").get("IIT").get("computed").isNull()).isTrue();
        JsonNode nongChok2567 = json.readTree(get("api/v1/offices/nongchok/years/2567/summary", "bma").body());
        assertThat(nongChok2567.get("ita").get("computed").decimalValue()).isEqualByComparingTo("98.02");
    }

    @Test
    void anUnknownOfficeIsAProblemNotAnError() throws Exception {
        HttpResponse<String> response = get("api/v1/offices/unknown/years", "bma");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).contains("unknown");
        assertThat(get("api/v1/offices/unknown/years", "director").statusCode()).isEqualTo(404);
    }

    @Test
    void theYearListsAreJsonArrays() throws Exception {
        HttpResponse<String> own = get("api/v1/years", "director");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode ownYears = json.readTree(own.body());
        assertThat(ownYears.isArray()).isTrue();
        assertThat(ownYears.findValuesAsText("year")).contains("2565", "2570").doesNotContain("2596");

        HttpResponse<String> nongChok = get("api/v1/offices/nongchok/years", "director.nongchok");
        assertThat(nongChok.statusCode()).isEqualTo(200);
        JsonNode nongChokYears = json.readTree(nongChok.body());
        assertThat(nongChokYears.isArray()).isTrue();
        assertThat(nongChokYears.findValuesAsText("year")).containsExactly("2567", "2568", "2569", "2570");

        assertForbidden(get("api/v1/offices/nongchok/years", "director"));
    }

    private void assertForbidden(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String user, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }
}
