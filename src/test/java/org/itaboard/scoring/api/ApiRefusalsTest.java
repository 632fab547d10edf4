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
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.itaboard.offices.domain.Role;
import org.itaboard.scoring.service.imports.ImportFixtures;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 10, item 6: what used to end as a 500 (or an HTML error page) is a clear problem detail: 400 for a value
 * out of its bounds, 403 before anything of a non-writer's request is looked at, 405/415 for the wrong method or
 * body type, 409 for a conflict with the stored state; simultaneous imports into one year never fail with a 500.
 * (A catalogue replaced after scores is 409: YearApiTest.) Each test owns its years (2620–2629).
 */
class ApiRefusalsTest extends WebServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ObjectMapper json;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void simultaneousScoreImportsIntoOneYearAreTakenOneAfterTheOther() throws Exception {
        assertThat(put("api/v1/years/2620", "coordinator", "application/json", "{}").statusCode()).isEqualTo(201);
        assertThat(put("api/v1/years/2620/catalogue", "coordinator", "text/csv",
                ImportFixtures.wangThonglangCatalogue()).statusCode()).isEqualTo(200);
        String scores = ImportFixtures.wangThonglangScores();

        List<HttpResponse<String>> answers = all(IntStream.range(0, 6).mapToObj(i ->
                http.sendAsync(request("api/v1/years/2620/scores", i % 2 == 0 ? "coordinator" : "admin")
                        .header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofString(scores, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString())).toList());

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409));
        assertThat(answers).anySatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        answers.stream().filter(a -> a.statusCode() == 409).forEach(this::assertProblem);
        JsonNode summary = json.readTree(get("api/v1/years/2620/summary", "coordinator").body());
        assertThat(summary.get("ita").get("computed").decimalValue()).isEqualByComparingTo("96.15");
        assertThat(summary.get("ita").get("published").decimalValue()).isEqualByComparingTo("96.15");
    }

    @Test
    void simultaneousCreationsOfOneYearGiveOneCreatedAndConflictsForTheRest() throws Exception {
        List<HttpResponse<String>> answers = all(IntStream.range(0, 4).mapToObj(i ->
                http.sendAsync(request("api/v1/years/2621", "coordinator").header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"sourceLabel\":\"run " + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString())).toList());

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201, 409));
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(this::assertProblem);
    }

    @Test
    void aSourceLabelOver500CharactersOrAWeightOutside0To100Is400AndNothingIsSaved() throws Exception {
        HttpResponse<String> label = put("api/v1/years/2622", "coordinator", "application/json",
                "{\"sourceLabel\":\"" + "ก".repeat(501) + "\"}");
        assertThat(label.statusCode()).isEqualTo(400);
        assertProblem(label);
        assertThat(json.readTree(label.body()).get("detail").asText())
                .isEqualTo("The source label is at most 500 characters long (now 501)");

        HttpResponse<String> weights = put("api/v1/years/2622", "coordinator", "application/json",
                "{\"weights\":{\"IIT\":1000000,\"EIT\":-999930,\"OIT\":30}}");
        assertThat(weights.statusCode()).isEqualTo(400);
        assertProblem(weights);
        assertThat(json.readTree(weights.body()).get("detail").asText()).isEqualTo("Each weight must be between 0 and 100");

        assertThat(get("api/v1/years/2622", "coordinator").statusCode()).isEqualTo(404);
        assertThat(put("api/v1/years/2622", "coordinator", "application/json",
                "{\"sourceLabel\":\"" + "ก".repeat(500) + "\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void simultaneousWrongPasswordsAreEach401NeverA500() {
        AppUser target = new AppUser();
        target.setUsername("parallel.target");
        target.setFullName("ทดสอบ การเข้าระบบพร้อมกัน");
        target.setPasswordHash(passwordEncoder.encode("the-right-password"));
        target.setRoles(EnumSet.of(Role.EXECUTIVE));
        target.setOffice(wangThonglang());
        users.save(target);
        try {
            List<HttpResponse<String>> answers = all(IntStream.range(0, 12).mapToObj(i ->
                    http.sendAsync(HttpRequest.newBuilder(URI.create(url("api/v1/years")))
                            .header("Authorization", basic("parallel.target", "wrong-" + i)).GET().build(),
                            HttpResponse.BodyHandlers.ofString())).toList());

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.statusCode()).isEqualTo(401);
                assertProblem(answer);
            });
        } finally {
            users.findByUsername("parallel.target").ifPresent(users::delete);
        }
    }

    @Test
    void aWrongMethodIs405AndAWrongBodyTypeIs415AsProblemDetails() throws Exception {
        HttpResponse<String> delete = http.send(request("api/v1/years/2565/summary", "coordinator").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertProblem(delete);

        HttpResponse<String> post = http.send(request("api/v1/years/2565", "coordinator")
                .header("Accept", "text/html").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertProblem(post);

        HttpResponse<String> plainText = put("api/v1/years/2623", "coordinator", "text/plain", "weights: 30 30 40");
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertProblem(plainText);

        HttpResponse<String> unknown = get("api/v1/nothing-here", "coordinator");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown);
    }

    @Test
    void aNonWriterIsRefused403BeforeTheBodyIsLookedAt() throws Exception {
        for (HttpResponse<String> answer : List.of(
                put("api/v1/years/2624", "director", "application/json", "{not json"),
                put("api/v1/years/2624", "director", "text/plain", "anything"),
                put("api/v1/years/2565/scores", "head.works", "text/csv", "nonsense\n\"unclosed"),
                http.send(request("api/v1/years/2565", "director").DELETE().build(), HttpResponse.BodyHandlers.ofString()),
                http.send(request("api/v1/years/2565", "hr").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{")).build(), HttpResponse.BodyHandlers.ofString()))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertProblem(answer);
        }
    }

    private void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try {
            assertThat(json.readTree(answer.body()).get("status").asInt()).isEqualTo(answer.statusCode());
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private static <T> List<T> all(List<CompletableFuture<T>> futures) {
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo1234"));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String user, String contentType, String body) throws Exception {
        return http.send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
