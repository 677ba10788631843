package travel.confidence.console.decisionservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's sign-in against a stand-in login endpoint answering as the decision service does. */
class StaffSignInTest {

    private final List<String> forwardedFor = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ApplicationContext beans;

    @AfterEach
    void stop() {
        if (beans != null) {
            beans.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void an_accepted_sign_in_carries_the_token_and_passes_on_the_browser_address() throws IOException {
        StaffSignIn signIn = serviceAnswering(200, Map.of(), """
                {"access_token":"t0k3n","token_type":"Bearer","expires_in":3600,"username":"ana","roles":["editor"]}""");

        SignInOutcome outcome = signIn.signIn("ana", "secret", "203.0.113.7");

        assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.Accepted.class, accepted -> {
            assertThat(accepted.answer().accessToken()).isEqualTo("t0k3n");
            assertThat(accepted.answer().roles()).containsExactly("editor");
        });
        assertThat(forwardedFor).containsExactly("203.0.113.7");
    }

    @Test
    void a_wrong_password_is_a_refusal() throws IOException {
        StaffSignIn signIn = serviceAnswering(401, Map.of(), error("UNAUTHORIZED", false));

        assertThat(signIn.signIn("ana", "wrong", null)).isInstanceOf(SignInOutcome.Refused.class);
    }

    @Test
    void a_spent_sign_in_limit_says_how_long_to_wait() throws IOException {
        StaffSignIn signIn = serviceAnswering(429, Map.of("Retry-After", "42"), error("RATE_LIMITED", true));

        assertThat(signIn.signIn("ana", "secret", "203.0.113.7"))
                .isEqualTo(new SignInOutcome.Throttled(Duration.ofSeconds(42)));
    }

    @Test
    void a_limit_without_a_readable_wait_asks_for_a_minute() throws IOException {
        StaffSignIn signIn = serviceAnswering(429, Map.of("Retry-After", "Fri, 27 Nov 2026 18:00:00 GMT"),
                error("RATE_LIMITED", true));

        assertThat(signIn.signIn("ana", "secret", null)).isEqualTo(new SignInOutcome.Throttled(Duration.ofMinutes(1)));
    }

    private StaffSignIn serviceAnswering(int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/admin/login", exchange -> {
            String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
            if (forwarded != null) {
                forwardedFor.add(forwarded);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            headers.forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(status, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        beans = ApplicationContext.run(Map.of("micronaut.http.services.decision-service.url",
                "http://127.0.0.1:" + server.getAddress().getPort()));
        return beans.getBean(StaffSignIn.class);
    }

    private static String error(String code, boolean retryable) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"m\",\"details\":{},\"fallbackUsed\":false,"
                + "\"retryable\":" + retryable + "}}";
    }
}
