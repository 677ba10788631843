package travel.confidence.service.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Every answer carries a correlation id (the caller's when it is a plausible id, else a new one), errors
 * included, and every log line written while serving the request carries the same id.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrelationIdTest implements TestPropertyProvider {

    private static final String HEADER = "X-Correlation-Id";
    private static final String CALCULATE = """
            {"destinationId": "JP", "userId": "corr-1", "travelDates": {"startDate": "2027-03-10", "endDate": "2027-03-20"}}""";

    @Inject
    EmbeddedServer server;
    @Inject
    MdcOnTheDecidingThread deciding;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TemporaryDataDir.properties());
        properties.put(MdcOnTheDecidingThread.ENABLED, "true");
        return properties;
    }

    @BeforeEach
    void captureLogs() {
        captured.start();
        root().addAppender(captured);
    }

    @AfterEach
    void releaseLogs() {
        root().detachAppender(captured);
        captured.stop();
    }

    @Test
    void a_plausible_incoming_id_is_kept_and_returned() {
        HttpResponse<String> response = send("POST", "/api/confidence/calculate", CALCULATE, "frontend-7f3a.42");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(HEADER)).hasValue("frontend-7f3a.42");
    }

    @Test
    void without_an_incoming_id_each_answer_gets_a_new_one() {
        HttpResponse<String> first = send("GET", "/api/destinations/JP", null, null);
        HttpResponse<String> second = send("GET", "/api/destinations/JP", null, null);

        assertThat(first.headers().firstValue(HEADER)).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(second.headers().firstValue(HEADER)).isPresent().isNotEqualTo(first.headers().firstValue(HEADER));
    }

    @Test
    void an_implausible_incoming_id_is_replaced_not_echoed() {
        for (String forged : List.of("two words", "x".repeat(65), "<script>", "-leading-dash", "a\u00e9b")) {
            HttpResponse<String> response = send("GET", "/api/destinations/JP", null, forged);

            assertThat(response.headers().firstValue(HEADER)).as(forged)
                    .hasValueSatisfying(id -> assertThat(id).isNotEqualTo(forged).matches("[0-9a-f-]{36}"));
        }
    }

    @Test
    void error_answers_carry_the_id_too() {
        assertThat(send("POST", "/api/confidence/calculate", "{\"destinationId\": 42", "bad-json")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue(HEADER)).hasValue("bad-json");
        });
        assertThat(send("POST", "/api/confidence/calculate", CALCULATE.replace("JP", "XX"), "unknown-destination"))
                .satisfies(r -> {
                    assertThat(r.statusCode()).isEqualTo(404);
                    assertThat(r.headers().firstValue(HEADER)).hasValue("unknown-destination");
                });
        assertThat(send("GET", "/no/such/route", null, "no-route")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue(HEADER)).hasValue("no-route");
        });
        assertThat(send("GET", "/api/admin/audit", null, "not-signed-in")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue(HEADER)).hasValue("not-signed-in");
        });
        assertThat(send("DELETE", "/api/confidence/calculate", null, "wrong-method")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(405);
            assertThat(r.headers().firstValue(HEADER)).hasValue("wrong-method");
        });
    }

    @Test
    void log_lines_written_while_serving_a_request_carry_its_id() {
        // A signal from tomorrow is quarantined, and the quarantine logs it at WARN while serving the request.
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String signal = "{\"userId\": \"corr-log\", \"eventType\": \"view\", \"destinationId\": \"JP\", \"duration\": 1000,"
                + " \"timestamp\": \"" + tomorrow + "\"}";

        HttpResponse<String> response = send("POST", "/api/preferences/track-implicit", signal, "trace-me-123");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<ILoggingEvent> lines = captured.list.stream()
                .filter(e -> e.getFormattedMessage().toLowerCase().contains("quarantine")).toList();
        assertThat(lines).isNotEmpty()
                .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("correlationId", "trace-me-123"));
        String json = asJson(lines.get(0));
        assertThat(json.replace(" ", "")).contains("\"mdc\":{\"correlationId\":\"trace-me-123\"}");
        assertThat(json.strip()).startsWith("{").endsWith("}").doesNotContain("\n");
    }

    @Test
    void the_thread_that_decides_a_score_sees_the_id_of_the_request() {
        HttpResponse<String> response = send("POST", "/api/confidence/calculate",
                CALCULATE.replace("corr-1", "corr-thread").replace("JP", "PT"), "decided-elsewhere");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(deciding.seen()).containsEntry("decided-elsewhere", true);
    }

    private static String asJson(ILoggingEvent event) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private HttpResponse<String> send(String method, String path, String body, String correlationId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (correlationId != null) {
            request.header(HEADER, correlationId);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
