package travel.confidence.service.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Request size limits: a body over the service's 1 MB is a 413 in the seed's shape, whether its length is announced
 * or it arrives in chunks; inside the limit, huge lists, strings and nesting are refused by validation (a 400 naming
 * the field), never a crash.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestSizeTest implements TestPropertyProvider {

    private static final String DATES = "\"travelDates\":{\"startDate\":\"2027-07-01\",\"endDate\":\"2027-07-14\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @Test
    void a_body_over_the_limit_is_a_413_error_response_with_or_without_a_content_length() throws Exception {
        byte[] oversize = ("{\"userId\":\"" + "x".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI calculate = URI.create(server.getURL() + "/api/confidence/calculate");

        HttpResponse<String> announced = client.send(HttpRequest.newBuilder(calculate).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(oversize)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(calculate).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversize))).build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : java.util.List.of(announced, chunked)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            ErrorResponse error = mapper.readValue(response.body(), ErrorResponse.class);
            assertThat(error.error().code()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(error.error().retryable()).isFalse();
        }
    }

    @Test
    void a_hundred_thousand_languages_are_refused_by_validation_naming_the_list() throws IOException {
        String languages = String.join(",", Collections.nCopies(100_000, "\"en\""));
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate", "{\"destinationId\":\"JP\",\"userId\":\"u\","
                + DATES + ",\"userProfile\":{\"preferences\":{\"prioritySafety\":true,\"languagePreferences\":[" + languages + "]}}}");

        assertValidationFailure(reply, "userProfile.preferences.languagePreferences");
    }

    @Test
    void a_user_id_of_nine_hundred_thousand_characters_is_refused_naming_it() throws IOException {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate",
                "{\"destinationId\":\"JP\",\"userId\":\"" + "u".repeat(900_000) + "\"," + DATES + "}");

        assertValidationFailure(reply, "userId");
        assertThat(reply.body().length()).as("the answer does not echo the huge value").isLessThan(2_000);
    }

    @Test
    void a_null_in_a_list_of_destinations_is_refused_naming_its_place() throws IOException {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate", "{\"destinationId\":\"JP\",\"userId\":\"u\","
                + DATES + ",\"userProfile\":{\"travelHistory\":{\"tripCount\":1,\"visitedDestinations\":[\"ES\",null],\"averageRating\":4}}}");

        assertValidationFailure(reply, "userProfile.travelHistory.visitedDestinations[1]");
    }

    @Test
    void nesting_a_hundred_thousand_levels_deep_is_a_400_not_a_stack_overflow() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String path : java.util.List.of("/api/confidence/calculate", "/api/preferences/track-implicit")) {
            JsonHttp.Reply reply = new JsonHttp(server).post(path, "{\"userId\":" + deep + "}");
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(400);
            assertThat(mapper.readValue(reply.body(), ErrorResponse.class).error().code())
                    .isIn("MALFORMED_REQUEST", "VALIDATION_FAILED");
        }
    }

    private void assertValidationFailure(JsonHttp.Reply reply, String field) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        ErrorResponse error = mapper.readValue(reply.body(), ErrorResponse.class);
        assertThat(error.error().code()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.error().details()).containsEntry("field", field);
    }
}
