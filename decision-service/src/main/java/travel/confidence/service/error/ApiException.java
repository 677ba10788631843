package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.Map;

/**
 * An error we expect and can explain to the caller: an HTTP status, a stable code, a message a person can
 * read, and details that name what was wrong (the field, the id).
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> details;
    private final boolean retryable;

    protected ApiException(HttpStatus status, String code, String message, Map<String, Object> details, boolean retryable) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
        this.retryable = retryable;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public boolean retryable() {
        return retryable;
    }
}
