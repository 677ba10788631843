package travel.confidence.service.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;
import travel.confidence.api.error.ErrorBody;
import travel.confidence.api.error.ErrorResponse;

/** Builds the seed's {@code ErrorResponse} for a status. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static MutableHttpResponse<ErrorResponse> of(HttpStatus status, String code, String message,
                                                        Map<String, Object> details, boolean retryable) {
        return HttpResponse.<ErrorResponse>status(status)
                .body(ErrorResponse.of(new ErrorBody(code, message, details == null || details.isEmpty() ? null : details,
                        false, retryable)));
    }

    public static MutableHttpResponse<ErrorResponse> of(ApiException e) {
        return of(e.status(), e.code(), e.getMessage(), e.details(), e.retryable());
    }
}
