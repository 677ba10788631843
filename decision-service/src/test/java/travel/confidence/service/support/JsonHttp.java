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
 * Talks to the running service as a frontend would: raw JSON over HTTP, so tests see exactly the bytes and
 * status codes a client sees (including malformed bodies a typed client could not even send).
 */
public final class JsonHttp {

    /** A response: status code and body text. */
    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {

        public <T> T as(JsonMapper mapper, Class<T> type) {
            try {
                return mapper.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    public JsonHttp(EmbeddedServer server) {
        this(server.getURI());
    }

    public JsonHttp(URI base) {
        this(base, null);
    }

    private JsonHttp(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Signed in as a member of staff with the server's own token (for tests not about signing in). */
    public static JsonHttp asStaff(EmbeddedServer server, String user, String role) {
        return new JsonHttp(server.getURI(), StaffTokens.bearer(server.getApplicationContext(), user, role));
    }

    /** Signed in as an admin. */
    public static JsonHttp asAdmin(EmbeddedServer server) {
        return asStaff(server, "ada.admin", "admin");
    }

    /** Sends this Authorization header value (a bearer token, or anything else a client might send). */
    public static JsonHttp withAuthorization(EmbeddedServer server, String authorization) {
        return new JsonHttp(server.getURI(), authorization);
    }

    /** Signs in through the login endpoint, as the console does, and sends that token from then on. */
    public JsonHttp signIn(String username, String password) {
        Reply reply = post("/api/admin/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(reply.body());
        if (reply.status() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + reply.status() + " " + reply.body());
        }
        return new JsonHttp(base, "Bearer " + token.group(1));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    public Reply put(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    /** Any method, body (null for none) and headers, for tests about what a client may send. */
    public Reply exchange(String method, String path, byte[] body, Map<String, String> headers) {
        // The path goes on the wire as given ("//api/x" too), without URI resolution.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .timeout(Duration.ofSeconds(60)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
