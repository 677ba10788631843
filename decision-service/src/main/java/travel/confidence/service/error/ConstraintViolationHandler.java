package travel.confidence.service.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import travel.confidence.api.error.ErrorResponse;

/**
 * Bean validation failures become a 400 naming each field by its path in the request body
 * ({@code travelDates.startDate}), without the Java method and parameter names.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, ConstraintViolationException exception) {
        List<InvalidInputException.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new InvalidInputException.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                .toList();
        if (errors.isEmpty()) {
            errors = List.of(new InvalidInputException.FieldError("request", "is not valid"));
        }
        return ErrorResponses.of(new InvalidInputException(errors));
    }

    static String fieldPath(ConstraintViolation<?> violation) {
        StringJoiner path = new StringJoiner(".");
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            } else if (node.getIndex() != null || node.getKey() != null) {
                path.add("[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]");
            }
        }
        String field = path.toString().replace(".[", "[");
        return field.isEmpty() ? (parameter == null ? "request" : parameter) : field;
    }
}
