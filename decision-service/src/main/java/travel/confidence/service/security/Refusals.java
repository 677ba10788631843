package travel.confidence.service.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.error.ErrorResponses;

/** The answers of the public API's guards, in the seed's {@code ErrorResponse} shape. */
final class Refusals {

    private Refusals() {
    }

    /** 401: no token, or one we cannot accept; {@code WWW-Authenticate} tells a client what to send (RFC 6750). */
    static MutableHttpResponse<ErrorResponse> unauthorized(String message, boolean tokenSent) {
        return json(ErrorResponses.of(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, message, Map.of(), false))
                .header(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
    }

    /** 403: a valid traveller asking for someone else's data, or a route nobody may call. */
    static MutableHttpResponse<ErrorResponse> forbidden(String message, Map<String, Object> details) {
        return json(ErrorResponses.of(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, message, details, false));
    }

    /** 403: the user id the request names is not the caller's. */
    static MutableHttpResponse<ErrorResponse> notYours(String field) {
        return forbidden("You may only read or change your own data", Map.of("field", field));
    }

    /** 400: the route needs a user id the request does not give. */
    static MutableHttpResponse<ErrorResponse> missingUserId(String field) {
        return json(ErrorResponses.of(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                "Invalid " + field + ": must be given", Map.of("field", field), false));
    }

    /** 400: the body is not a JSON object. */
    static MutableHttpResponse<ErrorResponse> malformed() {
        return json(ErrorResponses.of(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
                "The request could not be read: send a JSON object of the documented shape", Map.of(), false));
    }

    /** 429 with {@code Retry-After} in whole seconds (at least 1). */
    static MutableHttpResponse<ErrorResponse> rateLimited(RateLimiter.Kind kind, long waitNanos) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos) + (waitNanos % 1_000_000_000L == 0 ? 0 : 1));
        seconds = Math.min(seconds, 86_400);
        return json(ErrorResponses.of(HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED,
                "Too many requests; please wait " + seconds + (seconds == 1 ? " second" : " seconds") + " and try again",
                Map.of("limit", kind.key(), "retryAfterSeconds", seconds), true))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static MutableHttpResponse<ErrorResponse> json(MutableHttpResponse<ErrorResponse> response) {
        return response.contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
