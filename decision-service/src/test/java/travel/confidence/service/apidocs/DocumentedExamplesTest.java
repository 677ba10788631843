package travel.confidence.service.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.StaffTokens;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Every request example in the API documentation is sent to the service as documented, and none is refused as
 * bad input or breaks it: an example a frontend developer copies works. Examples that need something to exist
 * (a draft to edit, an account to sign in with, trip mode to ask the assistant) run after the example that
 * creates it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedExamplesTest implements TestPropertyProvider {

    /** Examples that create what later examples use, in the order they must run. */
    private static final List<String> FIRST = List.of("POST /api/admin/rules/versions", "POST /api/admin/users",
            "POST /api/assistant/trip-mode", "PUT /api/profiles/{userId}");
    /** Examples whose body is right but which need state this test does not make; the answer they get here. */
    private static final Map<String, String> NEEDS_MORE_THAN_ITS_BODY = Map.of(
            "POST /api/admin/login", "401: the example's password is a placeholder",
            "POST /api/admin/quarantine/{id}/approve", "404: nothing is quarantined under the id",
            "POST /api/admin/quarantine/{id}/reject", "404: nothing is quarantined under the id",
            "POST /api/admin/experiments", "409: the candidate version must pass validation first",
            "PUT /api/admin/experiments/{id}/shares", "404: there is no experiment yet");
    private static final Pattern DRAFT_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();
    private String admin;
    private String maria;
    private String draft = "1";

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    record Example(String method, String path, Map<String, String> parameters, String mediaType, String name,
                   String body) {

        String key() {
            return method + " " + path;
        }
    }

    @Test
    void no_documented_request_example_is_refused_as_bad_input() {
        admin = StaffTokens.bearer(server.getApplicationContext(), "ada.admin", "admin");
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThan(25);

        List<String> refused = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Example example : examples) {
            HttpResponse<String> answer = send(example);
            if (answer.statusCode() == 400 || answer.statusCode() == 415 || answer.statusCode() >= 500) {
                refused.add(example.key() + " [" + example.mediaType() + ", " + example.name() + "] -> "
                        + answer.statusCode() + " " + answer.body());
            }
            afterwards(example, answer);
            if (answer.statusCode() / 100 != 2 && !NEEDS_MORE_THAN_ITS_BODY.containsKey(example.key())) {
                failed.add(example.key() + " [" + example.name() + "] -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(refused).isEmpty();
        assertThat(failed).as("examples that should simply work").isEmpty();
    }

    /** Keeps what an example created for the examples that use it. */
    private void afterwards(Example example, HttpResponse<String> answer) {
        if (example.key().equals("POST /api/admin/rules/versions") && answer.statusCode() == 201) {
            Matcher id = DRAFT_ID.matcher(answer.body());
            assertThat(id.find()).as(answer.body()).isTrue();
            draft = id.group(1);
        }
        if (example.key().equals("POST /api/admin/users")) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonHttp.Reply login = new JsonHttp(server).post("/api/admin/login",
                    "{\"username\": \"maria\", \"password\": \"correct horse battery staple\"}");
            Matcher token = ACCESS_TOKEN.matcher(login.body());
            assertThat(token.find()).as(login.body()).isTrue();
            maria = "Bearer " + token.group(1);
        }
    }

    private HttpResponse<String> send(Example example) {
        // Path parameters: the documented example, else a value of the right kind (the draft made above for versions).
        String path = example.path().replace("{id}", example.path().startsWith("/api/admin/rules/") ? draft : "1");
        for (Map.Entry<String, String> parameter : example.parameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        path = path.replace("{userId}", "user-42").replace("{destinationId}", "JP").replace("{username}", "maria")
                .replace("{jobId}", "no-such-job");
        assertThat(path).as(example.key()).doesNotContain("{");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Content-Type", example.mediaType())
                .method(example.method(), HttpRequest.BodyPublishers.ofString(example.body()));
        if (path.startsWith("/api/admin/") && !path.equals("/api/admin/login")) {
            request.header("Authorization", path.equals("/api/admin/users/me/password") ? maria : admin);
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

    /** Every example of every request body in the generated document, the creating ones first. */
    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        OpenApiDocument.generated().paths().forEach((path, item) -> DocumentedExamplesTest.<Object>cast(item)
                .forEach((method, operation) -> {
                    Map<String, Object> body = OpenApiDocument.map(cast(operation), "requestBody");
                    if (body == null) {
                        return;
                    }
                    Map<String, String> parameters = new java.util.HashMap<>();
                    OpenApiDocument.list(cast(operation), "parameters").forEach(p -> {
                        Map<String, Object> parameter = cast(p);
                        if ("path".equals(parameter.get("in")) && parameter.get("example") != null) {
                            parameters.put(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("example")));
                        }
                    });
                    OpenApiDocument.map(body, "content").forEach((mediaType, content) -> {
                        Map<String, Object> named = OpenApiDocument.map(cast(content), "examples");
                        if (named != null) {
                            named.forEach((name, example) -> examples.add(new Example(method.toUpperCase(), path,
                                    parameters, mediaType, name, text(DocumentedExamplesTest.<Object>cast(example).get("value")))));
                        }
                    });
                }));
        examples.sort(Comparator.comparing((Example e) -> FIRST.contains(e.key()) ? FIRST.indexOf(e.key()) : FIRST.size())
                .thenComparing(Example::key));
        return examples;
    }

    /** An example's value as the body to send: text as it is, structures as JSON. */
    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        try {
            return io.micronaut.json.JsonMapper.createDefault().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> cast(Object value) {
        return (Map<String, T>) value;
    }
}
