package travel.confidence.service.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.service.support.StaffTokens;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Seed: Error Handling 3 ("validate all inputs ... return 400 Bad Request with detailed error messages") and the
 * error response format, for every endpoint at once. Over 10,000 requests generated from a seed across every route
 * the router knows (admin routes signed in as an admin): fields missing, added, of the wrong type, null, at
 * boundaries, huge, deeply nested, badly encoded or hostile; broken JSON; the wrong content type, method, path,
 * query or headers; request lines no HTTP library writes. No answer may be a 5xx, and every error must be the seed's
 * {@code ErrorResponse} with a code and no internal detail. A failure names the seed and index that rebuild its
 * request ({@code -Dfuzz.seed=... -Dfuzz.index=...} replays it alone).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestFuzzTest implements TestPropertyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequestFuzzTest.class);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_127L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_400);
    /** Replays only this index of the run (with the same seed), to look at one failure on its own. */
    private static final int ONLY = Integer.getInteger("fuzz.index", -1);
    private static final int CLIENTS = 4;
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.lang", "java.util", "io.micronaut", "org.h2",
            "com.mongodb", "org.postgresql", "jakarta.", "Caused by", "SQLState", "com.fasterxml", "NullPointer");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    JsonMapper mapper;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.preferences.learning-scheduled", "false");
        return properties;
    }

    @Test
    void ten_thousand_malformed_requests_across_every_endpoint_get_no_5xx_and_every_error_is_an_error_response() throws Exception {
        List<FuzzRoute> routes = routes();
        String admin = StaffTokens.bearer(server.getApplicationContext(), "ada.admin", "admin");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> perRoute = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int index = next.getAndIncrement(); index < REQUESTS; index = next.getAndIncrement()) {
                    if (ONLY >= 0 && index != ONLY) {
                        continue;
                    }
                    Random random = new Random(SEED * 1_000_003L + index);
                    FuzzRoute route = routes.get(random.nextInt(routes.size()));
                    FuzzRequest request = new RequestMutator(random, admin).mutate(route);
                    perRoute.computeIfAbsent(route.name(), k -> new LongAdder()).increment();
                    String failure = send(client, request, statuses, false);
                    if (failure != null) {
                        failures.add("#" + index + " (seed " + SEED + ") " + failure + "\n    request: " + request.describe());
                    }
                }
                return null;
            }));
        }
        for (Future<?> running : clients) {
            running.get();
        }
        pool.shutdown();

        LOG.info("{} requests over {} routes in {} s; answers by status: {}", REQUESTS, routes.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), new TreeMap<>(statuses));
        if (ONLY < 0) {
            assertThat(perRoute.keySet()).as("every route was tried").hasSize(routes.size());
        }
        assertThat(failures).as("answers that were a 5xx, not an ErrorResponse, or leaked internals").isEmpty();
    }

    /** Sends one request; null when the answer is acceptable, else what is wrong with it. */
    private String send(HttpClient client, FuzzRequest request, Map<String, LongAdder> statuses, boolean retried) {
        int status;
        String body;
        try {
            if (request.raw) {
                RawHttp.Answer answer = RawHttp.send(server.getHost(), server.getPort(), request);
                status = answer.status();
                body = answer.body();
            } else {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + request.path))
                        .timeout(Duration.ofSeconds(60))
                        .method(request.method, request.body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body));
                request.headers.forEach(builder::header);
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            }
        } catch (IllegalArgumentException e) {
            statuses.computeIfAbsent("not sendable", k -> new LongAdder()).increment();
            return null; // the HTTP client itself refuses to send it (a header value with a line break): nothing to check
        } catch (IOException e) {
            if (!retried) {
                // After an answer that ends the connection (a 413 for a request line too long, sent as HTTP/1.0), the
                // client may pick that connection from its pool again: ask once more on a fresh one.
                statuses.computeIfAbsent("resent on a fresh connection", k -> new LongAdder()).increment();
                return send(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), request, statuses, true);
            }
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        statuses.computeIfAbsent(String.valueOf(status), k -> new LongAdder()).increment();
        if (status >= 500) {
            return "answered " + status + ": " + shorten(body);
        }
        if (status >= 200 && status < 300) {
            return null;
        }
        if (status < 400) {
            return "answered " + status;
        }
        return errorShape(status, body);
    }

    private String errorShape(int status, String body) {
        Map<String, Object> parsed;
        try {
            parsed = mapper.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            return "answered " + status + " without a JSON ErrorResponse: " + shorten(body);
        }
        if (!(parsed != null && parsed.get("error") instanceof Map<?, ?> error)) {
            return "answered " + status + " without an error object: " + shorten(body);
        }
        if (!(error.get("code") instanceof String code) || code.isBlank() || !(error.get("message") instanceof String)
                || !(error.get("retryable") instanceof Boolean) || !(error.get("fallbackUsed") instanceof Boolean)) {
            return "answered " + status + " with an incomplete ErrorResponse: " + shorten(body);
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "answered " + status + " leaking '" + leak + "': " + shorten(body);
            }
        }
        return null;
    }

    /** Every route the router knows, each with its seed: a route under /api without one fails the test. */
    @SuppressWarnings("unchecked")
    private List<FuzzRoute> routes() throws IOException {
        Map<String, Object> seeds;
        try (InputStream in = getClass().getResourceAsStream("/fuzz/seeds.json")) {
            seeds = mapper.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
        }
        Map<String, FuzzRoute> routes = new LinkedHashMap<>();
        List<String> unseeded = new ArrayList<>();
        router.uriRoutes().forEach(info -> {
            String method = info.getHttpMethodName();
            if (method.equals("HEAD") || method.equals("TRACE")) {
                return;
            }
            String template = template(info);
            String name = method + " " + template;
            Map<String, Object> seed = (Map<String, Object>) seeds.get(name);
            if (seed == null && template.startsWith("/api/")) {
                unseeded.add(name);
                return;
            }
            Map<String, Object> s = seed == null ? Map.of() : seed;
            Map<String, List<String>> pathValues = (Map<String, List<String>>) s.getOrDefault("path", Map.of());
            routes.putIfAbsent(name, new FuzzRoute(method, template, variables(info), template.startsWith("/api/admin"),
                    pathValues, (String) s.get("query"), (String) s.getOrDefault("contentType", "application/json"),
                    s.get("json"), (String) s.get("text")));
        });
        assertThat(unseeded).as("routes with no valid request in fuzz/seeds.json: add one").isEmpty();
        assertThat(seeds.keySet()).as("seeds for routes that no longer exist").isSubsetOf(routes.keySet());
        return new ArrayList<>(routes.values());
    }

    private static String template(UriRouteInfo<?, ?> info) {
        String template = info.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    private static List<String> variables(UriRouteInfo<?, ?> info) {
        String template = template(info);
        List<String> names = new ArrayList<>();
        for (String name : info.getUriMatchTemplate().getVariableNames()) {
            if (template.contains("{" + name + "}") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String shorten(String body) {
        String text = body == null ? "" : body.replace('\n', ' ');
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
