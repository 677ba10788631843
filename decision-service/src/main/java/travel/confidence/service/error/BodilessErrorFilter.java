package travel.confidence.service.error;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import travel.confidence.api.error.ErrorBody;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.error.ErrorResponse;

/**
 * The last word on error responses: one that leaves without a body (a refusal some framework filter made, such as
 * a CORS preflight from an origin that is not allowed) gets the seed's {@code ErrorResponse} for its status, so a
 * client always finds a code to switch on.
 */
@ServerFilter("/**")
class BodilessErrorFilter implements Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void fill(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || request.getMethod() == HttpMethod.HEAD || response.getBody().isPresent()) {
            return;
        }
        HttpStatus known = status < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        try {
            known = HttpStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            // a status without a name: the generic code of its class
        }
        String code = switch (known) {
            case BAD_REQUEST -> ErrorCodes.MALFORMED_REQUEST;
            case UNAUTHORIZED -> ErrorCodes.UNAUTHORIZED;
            case FORBIDDEN -> ErrorCodes.FORBIDDEN;
            case NOT_FOUND -> ErrorCodes.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCodes.METHOD_NOT_ALLOWED;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_REQUESTS -> ErrorCodes.RATE_LIMITED;
            case SERVICE_UNAVAILABLE -> ErrorCodes.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ErrorCodes.INTERNAL_ERROR : known.name();
        };
        boolean retryable = status >= 500 || status == 408 || status == 429;
        String message = status >= 500 ? "Something went wrong on our side; please try again" : known.getReason();
        ((MutableHttpResponse<Object>) response).body(ErrorResponse.of(new ErrorBody(code, message, null, false, retryable)))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
