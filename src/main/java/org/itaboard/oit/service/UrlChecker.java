package org.itaboard.oit.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.itaboard.oit.domain.UrlOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks each URL whether it answers: HEAD first (cheap), GET when HEAD gets no success (many servers refuse or
 * mishandle HEAD), redirects followed, short time-outs and a few requests at a time so a check of a whole year
 * neither hangs the coordinator nor floods the office's web server. A server that cannot be reached is
 * {@link UrlOutcome#COULD_NOT_CHECK}: the board may run without internet access, and that says nothing about the page.
 */
@Component
public class UrlChecker {

    /** One URL's answer: the outcome and the HTTP status (none when nothing answered). */
    public record Result(UrlOutcome outcome, Integer httpStatus) {
    }

    private final Duration timeout;
    private final int parallel;

    UrlChecker(@Value("${itaboard.oit.url-check.timeout:PT5S}") Duration timeout,
            @Value("${itaboard.oit.url-check.parallel:4}") int parallel) {
        this.timeout = timeout;
        this.parallel = parallel;
    }

    /** Each distinct URL's result, in the order given. */
    public Map<String, Result> check(Collection<String> urls) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(urls));
        Map<String, Result> results = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return results;
        }
        // The pool bounds how many requests run at once; the client keeps its own executor for its internals.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, distinct.size()));
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            Map<String, CompletableFuture<Result>> pending = new LinkedHashMap<>();
            for (String url : distinct) {
                pending.put(url, CompletableFuture.supplyAsync(() -> check(client, url), pool));
            }
            pending.forEach((url, future) -> results.put(url, future.join()));
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private Result check(HttpClient client, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notAUrl) {
            return new Result(UrlOutcome.BROKEN, null);
        }
        try {
            int head = send(client, uri, "HEAD");
            if (head < 400) {
                return new Result(UrlOutcome.ANSWERED, head);
            }
            int get = send(client, uri, "GET");
            return new Result(UrlOutcome.ofStatus(get), get);
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Result(UrlOutcome.COULD_NOT_CHECK, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Result(UrlOutcome.COULD_NOT_CHECK, null);
        }
    }

    private int send(HttpClient client, URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "ITA-Board link check").build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
