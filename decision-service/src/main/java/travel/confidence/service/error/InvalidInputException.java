package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;

/** The request is well-formed JSON but a field is missing or wrong; names the field(s). */
public final class InvalidInputException extends ApiException {

    /** One wrong field: its path in the request ("travelDates.endDate") and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public InvalidInputException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, summary(errors), details(errors), false);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    private static String summary(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String text = "Invalid " + first.field() + ": " + first.message();
        return errors.size() == 1 ? text : text + " (and " + (errors.size() - 1) + " more)";
    }

    private static Map<String, Object> details(List<FieldError> errors) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", errors.get(0).field());
        details.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return details;
    }
}
