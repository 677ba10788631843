package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;

/**
 * A store could not take or give back data just now: a 503 the client may retry. Used where answering
 * success would be a lie (a signal we could not store) rather than where a fallback exists.
 */
public final class StoreUnavailableException extends ApiException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.STORE_UNAVAILABLE, message, Map.of(), true);
        initCause(cause);
    }
}
