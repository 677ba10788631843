package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Security headers on every kind of response, CORS for the configured origin only, and the warning an open public
 * API gives at start-up (this context runs in the default {@code open} mode).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersAndCorsTest implements TestPropertyProvider {

    private static final String FRONTEND = "https://app.example.com";
    private static final ListAppender<ILoggingEvent> START_UP_LOG = new ListAppender<>();

    static {
        START_UP_LOG.start();
        ((Logger) LoggerFactory.getLogger(PublicApiNotice.class)).addAppender(START_UP_LOG);
    }

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.security.allowed-origins", FRONTEND + ",https://staging.example.com");
        properties.put("confidence.security.strict-transport-security", "365d");
        return properties;
    }

    @Test
    void every_response_carries_the_security_headers_successes_errors_and_refusals_alike() {
        JsonHttp http = new JsonHttp(server);
        Map<String, JsonHttp.Reply> replies = Map.of(
                "200", http.get("/api/destinations?size=1"),
                "400", http.post("/api/confidence/calculate", "{\"broken"),
                "401", http.get("/api/admin/users"),
                "404", http.get("/api/no-such-thing"),
                "405", http.exchange("DELETE", "/api/confidence/calculate", null, Map.of()),
                "415", http.exchange("POST", "/api/confidence/calculate", "x".getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "text/plain")),
                "health", http.get("/health"));
        replies.forEach((what, reply) -> {
            Map<String, List<String>> headers = reply.headers();
            assertThat(headers.get("x-content-type-options")).as(what).containsExactly("nosniff");
            assertThat(headers.get("x-frame-options")).as(what).containsExactly("DENY");
            assertThat(headers.get("referrer-policy")).as(what).containsExactly("no-referrer");
            assertThat(headers.get("content-security-policy")).as(what).containsExactly(
                    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(headers.get("strict-transport-security")).as(what).containsExactly("max-age=31536000; includeSubDomains");
        });
        assertThat(replies.get("405").status()).isEqualTo(405);
        assertThat(replies.get("415").status()).isEqualTo(415);
    }

    @Test
    void the_configured_origin_gets_cors_headers_and_another_origin_does_not() {
        JsonHttp http = new JsonHttp(server);
        JsonHttp.Reply allowed = http.exchange("GET", "/api/destinations?size=1", null, Map.of("Origin", FRONTEND));
        JsonHttp.Reply other = http.exchange("GET", "/api/destinations?size=1", null, Map.of("Origin", "https://evil.example.net"));

        assertThat(allowed.headers().get("access-control-allow-origin")).containsExactly(FRONTEND);
        assertThat(other.headers()).doesNotContainKey("access-control-allow-origin");
    }

    @Test
    void a_preflight_from_the_configured_origin_is_answered_and_one_from_elsewhere_refused_in_the_error_shape() {
        JsonHttp http = new JsonHttp(server);
        Map<String, String> preflight = Map.of("Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,authorization");

        JsonHttp.Reply allowed = http.exchange("OPTIONS", "/api/confidence/calculate", null, with(preflight, "Origin", FRONTEND));
        JsonHttp.Reply other = http.exchange("OPTIONS", "/api/confidence/calculate", null,
                with(preflight, "Origin", "https://evil.example.net"));

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().get("access-control-allow-origin")).containsExactly(FRONTEND);
        assertThat(String.join(",", allowed.headers().get("access-control-allow-methods"))).contains("POST");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.headers()).doesNotContainKey("access-control-allow-origin");
        assertThat(other.as(mapper, ErrorResponse.class).error().code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void an_open_public_api_says_so_at_start_up() {
        assertThat(START_UP_LOG.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("public API is OPEN", "CONFIDENCE_SECURITY_PUBLIC_API=jwt");
        });
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
