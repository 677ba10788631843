package travel.confidence.service.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Calls the admin API as a member of staff: every request carries a bearer token naming the user and role.
 * Answers raw status and body, so tests see what a console sees.
 */
public final class AdminHttp {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A response: status code and body (text, or bytes for a workbook). */
    public record Reply(int status, String body, byte[] bytes) {

        public <T> T as(JsonMapper mapper, Class<T> type) {
            try {
                return mapper.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json(JsonMapper mapper) {
            return as(mapper, Map.class);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    /** Signed in as {@code user} in {@code role}, with a token the server itself signed. */
    public AdminHttp(EmbeddedServer server, String user, String role) {
        this(server.getURI(), user == null ? null : StaffTokens.bearer(server.getApplicationContext(), user, role));
    }

    /** With this Authorization header, or none when null. */
    public AdminHttp(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static AdminHttp editor(EmbeddedServer server) {
        return new AdminHttp(server, "erin.editor", "editor");
    }

    public static AdminHttp admin(EmbeddedServer server) {
        return new AdminHttp(server, "ada.admin", "admin");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply putText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    public Reply putWorkbook(String path, byte[] workbook) {
        return send(request(path).header("Content-Type", XLSX).PUT(HttpRequest.BodyPublishers.ofByteArray(workbook)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
