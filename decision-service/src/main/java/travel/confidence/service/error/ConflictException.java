package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;

/**
 * The request is fine but clashes with the current state: someone changed the thing first, or it is in a
 * state that does not allow this (editing a published rule version).
 */
public final class ConflictException extends ApiException {

    /** Someone changed or decided it first; {@code retryable} when reading again and retrying can succeed. */
    public ConflictException(String message, Map<String, Object> details, boolean retryable) {
        super(HttpStatus.CONFLICT, ErrorCodes.CONFLICT, message, details, retryable);
    }

    /** The thing is in a state that does not allow the request; {@code code} says which. */
    public ConflictException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.CONFLICT, code, message, details, false);
    }
}
