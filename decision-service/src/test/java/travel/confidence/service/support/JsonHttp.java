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

    public JsonHttp(EmbeddedServer server) {
        this(server.getURI());
    }

    public JsonHttp(URI base) {
        this.base = base;
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE().build());
    }

    public Reply put(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
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
