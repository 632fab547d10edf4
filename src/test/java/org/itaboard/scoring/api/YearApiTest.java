package org.itaboard.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itaboard.scoring.service.imports.ImportFixtures.MESSY_CATALOGUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.itaboard.scoring.service.imports.ImportFixtures;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The REST API over real HTTP with Basic authentication; each test owns its fiscal years (2590–2599, 2640). */
class YearApiTest extends WebServerTest {

    private static final String SETTINGS = """
            {"weights":{"IIT":30,"EIT":30,"OIT":40},"toolAggregation":"MEAN_OF_INDICATORS",
             "gradeScheme":"SEVEN_GRADES","weakThreshold":85}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ObjectMapper json;

    @Test
    void createsAYearThenUpdatesIt() throws Exception {
        HttpResponse<String> created = put("api/v1/years/2590", "coordinator", "application/json", SETTINGS);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/offices/wangthonglang/years/2590");
        assertThat(json.readTree(created.body()).get("gradeScheme").asText()).isEqualTo("SEVEN_GRADES");

        HttpResponse<String> updated = put("api/v1/years/2590", "admin", "application/json",
                "{\"weights\":{\"IIT\":25,\"EIT\":25,\"OIT\":50},\"weakThreshold\":80}");
        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode year = json.readTree(get("api/v1/years/2590", "head.works").body());
        assertThat(year.get("weights").get("OIT").decimalValue()).isEqualByComparingTo("50");
        assertThat(year.get("weakThreshold").decimalValue()).isEqualByComparingTo("80");
        assertThat(year.get("gradeScheme").asText()).isEqualTo("SEVEN_GRADES");
        assertThat(year.get("nationalAverage").isNull()).isTrue();
    }

    @Test
    void theNationalAverageIsPartOfTheYearsSettings() throws Exception {
        // The demo's years carry the NACC's announced averages.
        assertThat(json.readTree(get("api/v1/years/2565", "director").body()).get("nationalAverage").decimalValue())
                .isEqualByComparingTo("87.57");
        assertThat(put("api/v1/years/2640", "coordinator", "application/json", SETTINGS).statusCode()).isEqualTo(201);

        HttpResponse<String> set = put("api/v1/years/2640", "coordinator", "application/json", "{\"nationalAverage\":93.82}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(json.readTree(set.body()).get("nationalAverage").decimalValue()).isEqualByComparingTo("93.82");
        // Left out, it keeps its value; out of 0–100 it is a problem detail, and nothing changes.
        put("api/v1/years/2640", "coordinator", "application/json", "{\"weakThreshold\":80}");
        HttpResponse<String> outOfRange = put("api/v1/years/2640", "coordinator", "application/json",
                "{\"nationalAverage\":120}");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(get("api/v1/years/2640", "head.works").body()).get("nationalAverage").decimalValue())
                .isEqualByComparingTo("93.82");
        assertThat(put("api/v1/years/2640", "head.works", "application/json", "{\"nationalAverage\":90}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusesWeightsThatDoNotAddUpAsAProblem() throws Exception {
        HttpResponse<String> response = put("api/v1/years/2591", "coordinator", "application/json",
                "{\"weights\":{\"IIT\":30,\"EIT\":30,\"OIT\":30}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("add up to 100");
    }

    @Test
    void wangThonglang2565ThroughTheApiGivesThePrintedSummary() throws Exception {
        assertThat(put("api/v1/years/2592", "coordinator", "application/json", SETTINGS).statusCode()).isEqualTo(201);
        HttpResponse<String> catalogue = put("api/v1/years/2592/catalogue", "coordinator", "text/csv",
                ImportFixtures.wangThonglangCatalogue());
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(json.readTree(catalogue.body()).get("items").asInt()).isEqualTo(88);
        HttpResponse<String> scores = put("api/v1/years/2592/scores", "coordinator", "text/csv; charset=utf-8",
                ImportFixtures.wangThonglangScores());
        assertThat(scores.statusCode()).isEqualTo(200);

        HttpResponse<String> response = get("api/v1/years/2592/summary", "head.works");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = json.readTree(response.body());
        assertThat(summary.get("year").asInt()).isEqualTo(2592);
        assertThat(summary.get("ita").get("computed").isNumber()).isTrue();
        assertThat(summary.get("ita").get("computed").decimalValue()).isEqualByComparingTo("96.15");
        assertThat(summary.get("ita").get("published").decimalValue()).isEqualByComparingTo("96.15");
        assertThat(summary.get("ita").get("grade").asText()).isEqualTo("AA");
        assertThat(summary.get("tools").get("OIT").get("computed").decimalValue()).isEqualByComparingTo("90.77");
        assertThat(summary.get("tools").findValuesAsText("weighted")).containsExactly("29.98", "29.86", "36.31");
        assertThat(summary.get("indicators")).hasSize(10);
        assertThat(summary.get("indicators").get(8).get("number").asInt()).isEqualTo(9);
        assertThat(summary.get("indicators").get(8).get("computed").decimalValue()).isEqualByComparingTo("87.78");
        assertThat(summary.get("indicators").get(9).get("computed").decimalValue()).isEqualByComparingTo("93.75");
        assertThat(summary.get("weakItems").findValuesAsText("code")).containsExactlyInAnyOrder("O9", "O27", "O28", "O41");
        assertThat(summary.get("mismatches").isArray()).isTrue();
    }

    @Test
    void aBadCsvBodyIsRefusedWholeWithEveryRowError() throws Exception {
        put("api/v1/years/2593", "coordinator", "application/json", SETTINGS);
        put("api/v1/years/2593/catalogue", "coordinator", "text/csv", MESSY_CATALOGUE);

        HttpResponse<String> response = put("api/v1/years/2593/scores", "coordinator", "text/csv",
                "code,score\nI10,90\nO2,101\nQ5,abc\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asText()).isEqualTo("The file was refused because of 3 error(s); nothing was saved");
        JsonNode errors = problem.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("score");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("Score 101 is outside 0–100");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asText()).isEqualTo("code");
        assertThat(errors.get(2).get("column").asText()).isEqualTo("score");
        JsonNode summary = json.readTree(get("api/v1/years/2593/summary", "coordinator").body());
        assertThat(summary.get("tools").get("IIT").get("computed").isNull()).isTrue();
        assertThat(summary.get("tools").get("IIT").get("weighted").isNull()).isTrue();
    }

    @Test
    void aFileOfThousandsOfUnknownCodesGetsTheFirst200ErrorsAndTheCountOfRowsLeft() throws Exception {
        put("api/v1/years/2598", "coordinator", "application/json", SETTINGS);
        put("api/v1/years/2598/catalogue", "coordinator", "text/csv", MESSY_CATALOGUE);
        StringBuilder csv = new StringBuilder("code,score\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("I").append(1000 + i).append(",50\n");
        }

        HttpResponse<String> response = put("api/v1/years/2598/scores", "coordinator", "text/csv", csv.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().length()).isLessThan(40_000);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors")).hasSize(200);
        assertThat(problem.get("errors").get(199).get("message").asText()).isEqualTo("I1199 is not an item of this year's catalogue");
        assertThat(problem.get("uncheckedRows").asInt()).isEqualTo(4800);
        assertThat(problem.get("detail").asText()).isEqualTo(
                "The file was refused: checking stopped after 200 errors and 4800 more rows were not checked; nothing was saved");
    }

    @Test
    void aDryRunOfScoresForAScoredYearAnswersWhatWouldChangeAndSavesNothing() throws Exception {
        put("api/v1/years/2597", "coordinator", "application/json", SETTINGS);
        put("api/v1/years/2597/catalogue", "coordinator", "text/csv", MESSY_CATALOGUE);
        assertThat(put("api/v1/years/2597/scores", "coordinator", "text/csv", "code,score\nI10,90\nI2,80\nITA,88.5\n")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> response = put("api/v1/years/2597/scores?dryRun=true", "coordinator", "text/csv",
                "code,score\nI10,92.5\n");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("replacesScores").asBoolean()).isTrue();
        JsonNode changed = answer.get("replacement").get("changed").get(0);
        assertThat(changed.get("code").asText()).isEqualTo("I10");
        assertThat(changed.get("before").decimalValue()).isEqualByComparingTo("90");
        assertThat(changed.get("after").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(answer.get("replacement").get("disappearing").get(0).get("code").asText()).isEqualTo("I2");
        assertThat(answer.get("replacement").get("totalsDropped").get(0).get("code").asText()).isEqualTo("ITA");
        HttpResponse<String> summary = get("api/v1/years/2597/summary", "coordinator");
        assertThat(json.readTree(summary.body()).get("ita").get("published").decimalValue()).isEqualByComparingTo("88.5");
    }

    @Test
    void theCatalogueCannotBeReplacedOnceScored() throws Exception {
        put("api/v1/years/2594", "coordinator", "application/json", SETTINGS);
        put("api/v1/years/2594/catalogue", "coordinator", "text/csv", MESSY_CATALOGUE);
        assertThat(put("api/v1/years/2594/scores", "coordinator", "text/csv", "code,score\nI10,90\n").statusCode())
                .isEqualTo(200);

        HttpResponse<String> response = put("api/v1/years/2594/catalogue", "coordinator", "text/csv", MESSY_CATALOGUE);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo("Conflict");
        assertThat(json.readTree(response.body()).get("errors").get(0).get("key").asText())
                .isEqualTo("catalogue.error.hasScores");
    }

    @Test
    void aDivisionHeadIsRefusedEveryWrite() throws Exception {
        put("api/v1/years/2595", "coordinator", "application/json", SETTINGS);
        for (HttpResponse<String> response : new HttpResponse[] {
                put("api/v1/years/2595", "head.works", "application/json", SETTINGS),
                put("api/v1/years/2596", "head.works", "application/json", SETTINGS),
                put("api/v1/years/2595/catalogue", "head.works", "text/csv", MESSY_CATALOGUE),
                put("api/v1/years/2595/scores", "head.works", "text/csv", "code,score\nITA,90\n")}) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(403);
        }
        assertThat(get("api/v1/years/2596", "coordinator").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutCredentialsOrWithWrongOnesTheAnswerIs401() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/years/2565/summary")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(anonymous.body()).get("status").asInt()).isEqualTo(401);
        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/years/2565/summary")))
                .header("Authorization", basic("hr", "wrong-password")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownYearIs404AndMalformedJsonIs400() throws Exception {
        HttpResponse<String> missing = get("api/v1/years/2599/summary", "coordinator");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("title").asText()).isEqualTo("Not found");
        HttpResponse<String> malformed = put("api/v1/years/2597", "coordinator", "application/json",
                "{\"gradeScheme\":\"TEN_GRADES\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo1234"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String user, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo1234"))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
