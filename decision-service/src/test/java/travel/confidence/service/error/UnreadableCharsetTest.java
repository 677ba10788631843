package travel.confidence.service.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * The endpoints that read their body as text (to name the wrong field of a strict document) must also refuse a
 * Content-Type whose charset is unknown or not even a valid name: a 415 naming the header, as the fuzz test once
 * found a 500 there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadableCharsetTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @ParameterizedTest(name = "{0} {1} with charset {2}")
    @CsvSource(delimiter = '|', value = {
            "POST|/api/preferences/track-implicit|nope",
            "POST|/api/preferences/submit-feedback|a4v-QqL,m1oz5S!j?0W",
            "PUT|/api/profiles/charset-traveller|nope",
            "PUT|/api/profiles/charset-traveller|\"w6rg3b.7P?TkI\""})
    void a_body_in_an_unreadable_charset_is_a_415_naming_the_content_type(String method, String path, String charset)
            throws Exception {
        JsonHttp.Reply reply = new JsonHttp(server).exchange(method, path,
                "{\"userId\":\"charset-traveller\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json; charset=" + charset));

        assertThat(reply.status()).as(reply.body()).isEqualTo(415);
        ErrorResponse error = mapper.readValue(reply.body(), ErrorResponse.class);
        assertThat(error.error().code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(error.error().details()).containsEntry("field", "Content-Type");
        assertThat(error.error().retryable()).isFalse();
    }
}
