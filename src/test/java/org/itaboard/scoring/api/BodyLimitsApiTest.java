package org.itaboard.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itaboard.scoring.service.imports.ImportFixtures.MESSY_CATALOGUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.itaboard.scoring.service.imports.ImportService;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10: no request body is read into memory beyond its limit, and a read-only caller's is not read at all. */
class BodyLimitsApiTest extends WebServerTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ObjectMapper json;

    @Test
    void anExecutivesLargeStreamedBodyIsRefused403BeforeItIsRead() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request("api/v1/years/2565/scores", "director")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(FIFTY_MB))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asText()).isEqualTo("You are not allowed to do this");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aCoordinatorsChunkedBodyOverTheLimitIs413AndNothingIsSaved() throws Exception {
        assertThat(put("api/v1/years/2610", "application/json", "{}").statusCode()).isEqualTo(201);
        assertThat(put("api/v1/years/2610/catalogue", "text/csv", MESSY_CATALOGUE).statusCode()).isEqualTo(200);
        long size = ImportService.MAX_FILE_BYTES + 1;

        HttpResponse<String> response = http.send(request("api/v1/years/2610/scores", "coordinator")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response);
        JsonNode summary = json.readTree(get("api/v1/years/2610/summary").body());
        assertThat(summary.get("tools").get("IIT").get("computed").isNull()).isTrue();
    }

    @Test
    void aDeclaredContentLengthOverTheLimitIs413BeforeTheBodyIsSent() throws Exception {
        assertThat(put("api/v1/years/2611", "application/json", "{}").statusCode()).isEqualTo(201);

        // Only the head goes out: the answer must come before a single byte of the declared body.
        RawResponse response = headOnly("PUT", "/api/v1/years/2611/catalogue", ImportService.MAX_FILE_BYTES + 10L);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asText())
                .isEqualTo("The body is larger than 5 MB; nothing was saved");
        assertThat(json.readTree(get("api/v1/years/2611/summary").body()).get("indicators")).isEmpty();
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends a request head declaring a body and none of it, then reads the answer. A client that sends
     * the body would race the server, which answers and closes while the body is still on its way.
     */
    private RawResponse headOnly(String method, String path, long contentLength) throws Exception {
        URI base = URI.create(url(""));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = method + " " + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: " + basic("coordinator") + "\r\n"
                    + "Content-Type: text/csv\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            return new RawResponse(status, headers, new String(body(in, headers), StandardCharsets.UTF_8));
        }
    }

    private static byte[] body(DataInputStream in, Map<String, String> headers) throws IOException {
        if (headers.containsKey("content-length")) {
            return in.readNBytes(Integer.parseInt(headers.get("content-length")));
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
            chunks.write(in.readNBytes(size));
            line(in);
        }
        return chunks.toByteArray();
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a line: " + line);
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void assertTooLarge(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asText())
                .isEqualTo("The body is larger than 5 MB; nothing was saved");
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).header("Content-Type", "text/csv");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic("coordinator"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String contentType, String body) throws Exception {
        return http.send(request(path, "coordinator").setHeader("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV body of the given size made on the fly ("I1,50" rows), never held whole. */
    private static final class Generated extends InputStream {

        private static final byte[] ROW = "I1,50\n".getBytes(StandardCharsets.US_ASCII);
        private long left;
        private int at;

        Generated(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            byte b = ROW[at];
            at = (at + 1) % ROW.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = ROW[at];
                at = (at + 1) % ROW.length;
            }
            left -= n;
            return n;
        }
    }
}
