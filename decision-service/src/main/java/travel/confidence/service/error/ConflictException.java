package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;

/** The request clashes with the current state (someone changed or decided it first). */
public final class ConflictException extends ApiException {

    public ConflictException(String message, Map<String, Object> details, boolean retryable) {
        super(HttpStatus.CONFLICT, ErrorCodes.CONFLICT, message, details, retryable);
    }
}
