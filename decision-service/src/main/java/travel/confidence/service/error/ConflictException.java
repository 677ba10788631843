package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.Map;

/** The request is fine but the thing it names is in a state that does not allow it (edit a published version). */
public final class ConflictException extends ApiException {

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.CONFLICT, code, message, details, false);
    }
}
