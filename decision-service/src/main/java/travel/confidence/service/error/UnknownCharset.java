package travel.confidence.service.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.error.ErrorResponse;

/**
 * A body whose Content-Type names a charset Java does not know (or cannot even parse as a name): the body
 * cannot be read, so it is a 415 naming the header, not a failure of ours.
 */
final class UnknownCharset {

    private UnknownCharset() {
    }

    static HttpResponse<ErrorResponse> answer() {
        return ErrorResponses.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                "The body's charset is not one we can read; send UTF-8", Map.of("field", "Content-Type"), false);
    }
}
