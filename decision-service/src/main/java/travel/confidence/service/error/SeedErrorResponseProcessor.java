package travel.confidence.service.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.error.ErrorBody;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.error.ErrorResponse;

/**
 * Every error Micronaut produces itself (no such route, wrong method, unreadable JSON, a value of the wrong
 * type, an unhandled exception) leaves in the seed's {@code ErrorResponse} shape. Messages are ours: the
 * framework's text can contain Java type names, and a 5xx never says more than that something failed.
 */
@Singleton
@Primary
class SeedErrorResponseProcessor implements ErrorResponseProcessor<ErrorResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(SeedErrorResponseProcessor.class);
    /** Micronaut serde names the record component it could not fill: "Required constructor parameter [x]". */
    private static final Pattern MISSING_PARAMETER = Pattern.compile("parameter \\[([^\\]]+)\\]");
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[\\w.<>,$ ]+ )?([\\w$]+)\\]");

    @Override
    public MutableHttpResponse<ErrorResponse> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String code;
        String message;
        Map<String, Object> details = new LinkedHashMap<>();
        boolean retryable = false;
        switch (status) {
            case BAD_REQUEST -> {
                code = ErrorCodes.MALFORMED_REQUEST;
                Optional<String> field = field(context);
                field.ifPresent(f -> details.put("field", f));
                message = field.map(f -> "Invalid " + f + ": missing or of the wrong type")
                        .orElse("The request could not be read: check that it is valid JSON of the documented shape");
            }
            case NOT_FOUND -> {
                code = ErrorCodes.NOT_FOUND;
                message = "No such resource: " + NotFoundException.shorten(context.getRequest().getPath());
            }
            case METHOD_NOT_ALLOWED -> {
                code = ErrorCodes.METHOD_NOT_ALLOWED;
                message = "Method " + context.getRequest().getMethodName() + " is not allowed here";
            }
            case UNSUPPORTED_MEDIA_TYPE -> {
                code = ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
                message = "Send the request body as application/json";
            }
            case NOT_ACCEPTABLE -> {
                code = ErrorCodes.NOT_ACCEPTABLE;
                message = "This resource answers in application/json";
            }
            case REQUEST_ENTITY_TOO_LARGE -> {
                code = ErrorCodes.PAYLOAD_TOO_LARGE;
                message = "The request body is too large";
            }
            case UNAUTHORIZED -> {
                code = ErrorCodes.UNAUTHORIZED;
                message = "Authentication is required";
            }
            case FORBIDDEN -> {
                code = ErrorCodes.FORBIDDEN;
                message = "You are not allowed to do this";
            }
            default -> {
                if (status.getCode() >= 500) {
                    code = status == HttpStatus.SERVICE_UNAVAILABLE ? ErrorCodes.SERVICE_UNAVAILABLE : ErrorCodes.INTERNAL_ERROR;
                    message = "Something went wrong on our side; please try again";
                    retryable = true;
                    context.getRootCause().ifPresent(cause -> LOG.error("Unhandled error on {} {}",
                            context.getRequest().getMethodName(), context.getRequest().getPath(), cause));
                } else {
                    code = status == HttpStatus.TOO_MANY_REQUESTS ? ErrorCodes.RATE_LIMITED : status.name();
                    message = status.getReason();
                    retryable = status == HttpStatus.REQUEST_TIMEOUT || status == HttpStatus.TOO_MANY_REQUESTS;
                }
            }
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ErrorResponse.of(new ErrorBody(code, message, details.isEmpty() ? null : details, false, retryable)));
    }

    /** A field path as it may be echoed: the framework may take it from the caller's own JSON keys. */
    private static String plain(String field) {
        String printable = field.replaceAll("[^A-Za-z0-9_.$\\[\\]-]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "..." : printable;
    }

    /** The request field a 400 is about, when the framework's error names it. */
    private static Optional<String> field(ErrorContext context) {
        for (Error error : context.getErrors()) {
            Optional<String> path = error.getPath().filter(p -> !p.isBlank() && !p.startsWith("/"));
            if (path.isPresent()) {
                return path.map(SeedErrorResponseProcessor::plain);
            }
            String text = error.getMessage() == null ? "" : error.getMessage();
            Matcher missing = MISSING_PARAMETER.matcher(text);
            if (missing.find()) {
                return Optional.of(missing.group(1));
            }
            Matcher property = PROPERTY.matcher(text);
            if (property.find()) {
                return Optional.of(property.group(1));
            }
        }
        return Optional.empty();
    }
}
