package travel.confidence.service.error;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import travel.confidence.api.error.ErrorCodes;

/**
 * Reads a request body against its schema and names the field that breaks it: a missing field, a value of
 * the wrong type ({@code "duration": "long"}) or one outside its constraints. The framework's own body
 * binding reports a wrong type without saying where; endpoints that must name every field (seed, Error
 * Handling 6: "validate all incoming signals against schema") read their body through this instead.
 */
@Singleton
public class StrictJson {

    private static final Pattern MISSING_PARAMETER = Pattern.compile("parameter \\[([^\\]]+)\\]");

    private final JsonMapper mapper;
    private final Validator validator;

    StrictJson(JsonMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T read(String body, Class<T> type) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : mapper.readValue(body, JsonNode.class);
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedBody();
        }
        Optional<String> wronglyTyped = WrongTypeLocator.locate(mapper, Argument.of(type), tree);
        if (wronglyTyped.isPresent()) {
            throw InvalidInputException.field(wronglyTyped.get(), "is of the wrong type");
        }
        T value;
        try {
            value = mapper.readValueFromTree(tree, type);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.field(missingParameter(e).orElse("request"), "is missing or of the wrong type");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private static Optional<String> missingParameter(Exception e) {
        Matcher matcher = MISSING_PARAMETER.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The body is not a JSON object at all. */
    static final class MalformedBody extends ApiException {

        MalformedBody() {
            super(io.micronaut.http.HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
                    "The request could not be read: send a JSON object of the documented shape", null, false);
        }
    }
}
