package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Rate limits over HTTP, per client address and per traveller, with the seed's error shape and
 * {@code Retry-After}; sign-ins have a much smaller bucket. The test runs behind a "trusted proxy" (loopback), so
 * each request can come from an address of its choosing through {@code X-Forwarded-For}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest implements TestPropertyProvider {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.security.rate-limits.enabled", "true");
        properties.put("confidence.security.rate-limits.per-ip-burst", "5");
        properties.put("confidence.security.rate-limits.per-ip-per-second", "0.01");
        properties.put("confidence.security.rate-limits.per-user-burst", "3");
        properties.put("confidence.security.rate-limits.per-user-per-second", "0.01");
        properties.put("confidence.security.rate-limits.login-burst", "2");
        properties.put("confidence.security.rate-limits.login-per-minute", "1");
        properties.put("confidence.security.trusted-proxies", "127.0.0.1,::1");
        return properties;
    }

    @Test
    void one_address_gets_its_burst_then_429_with_retry_after_while_another_address_goes_on() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/destinations?size=1", address).status()).isEqualTo(200);
        }
        JsonHttp.Reply refused = get("/api/destinations?size=1", address);

        assertRateLimited(refused, "per-ip");
        assertThat(Long.parseLong(refused.headers().get("retry-after").get(0))).isBetween(1L, 100L);
        assertThat(get("/api/destinations?size=1", freshAddress()).status()).isEqualTo(200);
    }

    @Test
    void one_traveller_gets_their_burst_whichever_address_they_use_and_others_are_not_held_up() {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/preferences/weights/busy-bee", freshAddress()).status()).isEqualTo(200);
        }
        assertRateLimited(get("/api/preferences/weights/busy-bee", freshAddress()), "per-user");
        assertRateLimited(post("/api/confidence/calculate",
                "{\"destinationId\":\"JP\",\"userId\":\"busy-bee\",\"travelDates\":{\"startDate\":\"2027-07-01\",\"endDate\":\"2027-07-14\"}}",
                freshAddress()), "per-user");
        assertThat(get("/api/preferences/weights/calm-cat", freshAddress()).status()).isEqualTo(200);
    }

    @Test
    void password_guessing_from_one_address_is_slowed_to_a_few_tries_a_minute() {
        String guesser = freshAddress();
        String wrong = "{\"username\":\"admin\",\"password\":\"guess-number-one\"}";
        assertThat(post("/api/admin/login", wrong, guesser).status()).isEqualTo(401);
        assertThat(post("/api/admin/login", wrong, guesser).status()).isEqualTo(401);

        JsonHttp.Reply refused = post("/api/admin/login", wrong, guesser);
        assertRateLimited(refused, "sign-in");
        assertThat(Long.parseLong(refused.headers().get("retry-after").get(0))).isBetween(30L, 60L);
        assertRateLimited(post("/api/admin/login/", wrong, guesser), "sign-in");
        assertThat(post("/api/admin/login", wrong, freshAddress()).status()).as("another address").isEqualTo(401);
    }

    private void assertRateLimited(JsonHttp.Reply reply, String limit) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        ErrorResponse error = reply.as(mapper, ErrorResponse.class);
        assertThat(error.error().code()).isEqualTo("RATE_LIMITED");
        assertThat(error.error().retryable()).isTrue();
        assertThat(error.error().details()).containsEntry("limit", limit);
        assertThat(reply.headers()).containsKey("retry-after");
    }

    private JsonHttp.Reply get(String path, String from) {
        return new JsonHttp(server).exchange("GET", path, null, Map.of("X-Forwarded-For", from));
    }

    private JsonHttp.Reply post(String path, String body, String from) {
        return new JsonHttp(server).exchange("POST", path, body.getBytes(StandardCharsets.UTF_8),
                Map.of("X-Forwarded-For", from, "Content-Type", "application/json"));
    }

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
