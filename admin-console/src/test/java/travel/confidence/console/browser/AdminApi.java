package travel.confidence.console.browser;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The decision service's HTTP API as the browser tests use it behind the console's back: to set a scene (a
 * draft, a validated version, a quarantined signal) and to check what the console changed. Raw JSON over the
 * JDK client, so the tests do not reuse the console's own client to judge it.
 */
final class AdminApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final URI service;
    private final String token;

    private AdminApi(URI service, String token) {
        this.service = service;
        this.token = token;
    }

    static AdminApi signIn(URI service, String username, String password) {
        Map<String, Object> answer = send(service, null, "POST", "/api/admin/login",
                Map.of("username", username, "password", password), 200);
        return new AdminApi(service, (String) answer.get("access_token"));
    }

    void createAccount(String username, String password, String role) {
        send(service, token, "POST", "/api/admin/users", Map.of("username", username, "password", password, "role", role), 201);
    }

    /** The published version: {@code versionId}, {@code version} ("v1"), {@code publishedBy}. */
    Map<String, Object> live() {
        return send(service, token, "GET", "/api/admin/rules/live", null, 200);
    }

    /** A new draft copied from the live version; returns its id. */
    long newDraftFromLive(String label) {
        long live = ((Number) live().get("versionId")).longValue();
        Map<String, Object> detail = send(service, token, "POST", "/api/admin/rules/versions",
                Map.of("from", live, "label", label), 201);
        @SuppressWarnings("unchecked")
        Map<String, Object> version = (Map<String, Object>) detail.get("version");
        return ((Number) version.get("id")).longValue();
    }

    /** The status of a version: draft, validated, published or archived. */
    String status(long versionId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> version = (Map<String, Object>) send(service, token, "GET",
                "/api/admin/rules/versions/" + versionId, null, 200).get("version");
        return (String) version.get("status");
    }

    @SuppressWarnings("unchecked")
    Map<String, Double> weights(long versionId) {
        return (Map<String, Double>) send(service, token, "GET", "/api/admin/rules/versions/" + versionId + "/weights",
                null, 200).get("weights");
    }

    /** Moves {@code amount} of weight from one factor to another in a draft (the total stays 1). */
    void moveWeight(long draftId, String from, String to, double amount) {
        Map<String, Object> weights = new java.util.LinkedHashMap<>(weights(draftId));
        weights.put(from, Math.round((((Number) weights.get(from)).doubleValue() - amount) * 1000) / 1000.0);
        weights.put(to, Math.round((((Number) weights.get(to)).doubleValue() + amount) * 1000) / 1000.0);
        send(service, token, "PUT", "/api/admin/rules/versions/" + draftId + "/weights", Map.of("weights", weights), 200);
    }

    /** Validates a version; true when it passed and is now validated. */
    boolean validate(long versionId) {
        return Boolean.TRUE.equals(send(service, token, "POST", "/api/admin/rules/versions/" + versionId + "/validate",
                null, 200).get("valid"));
    }

    /** The experiments, newest first. */
    List<Map<String, Object>> experiments() {
        return sendForList("/api/admin/experiments");
    }

    /** The quarantined records of one traveller (any status). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> quarantinedRecordsOf(String userId) {
        return (List<Map<String, Object>>) send(service, token, "GET", "/api/admin/quarantine?userId=" + userId, null, 200)
                .get("items");
    }

    /** Sends a browsing signal through the public API, as the frontend would. */
    void trackSignal(String userId, String destinationId, String timestamp) {
        send(service, null, "POST", "/api/preferences/track-implicit", Map.of("userId", userId, "eventType", "view",
                "destinationId", destinationId, "duration", 30_000, "timestamp", timestamp), -1);
    }

    /** The status code of an admin API call made with this token. */
    int statusOf(String method, String path, AdminApi as) {
        return exchange(service, as.token, method, path, null).statusCode();
    }

    /** The same API signed in as someone else. */
    AdminApi as(String username, String password) {
        return signIn(service, username, password);
    }

    private List<Map<String, Object>> sendForList(String path) {
        HttpResponse<byte[]> response = exchange(service, token, "GET", path, null);
        expect(response, 200, path);
        try {
            return JSON.readValue(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> send(URI service, String token, String method, String path, Object body,
                                            int expectedStatus) {
        HttpResponse<byte[]> response = exchange(service, token, method, path, body);
        if (expectedStatus > 0) {
            expect(response, expectedStatus, path);
        } else if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
        try {
            return response.body().length == 0 ? Map.of() : JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(HttpResponse<byte[]> response, int status, String path) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " (expected " + status
                    + "): " + new String(response.body()));
        }
    }

    private static HttpResponse<byte[]> exchange(URI service, String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
