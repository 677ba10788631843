package travel.confidence.service.error;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first field of a request body whose JSON value is of the wrong kind for its declared type: text
 * where a number or a yes/no belongs ({@code "duration": "long"}, {@code "prioritySafety": "very"}), a
 * number where text belongs, a single value where a list belongs. The JSON reader would either fail without
 * saying where, or quietly turn {@code "very"} into {@code false}; this walks the body against the record's
 * declared types instead, descending into nested objects and lists ({@code ratings.overall},
 * {@code preferences.languagePreferences[1]}).
 */
final class WrongTypeLocator {

    private WrongTypeLocator() {
    }

    static Optional<String> locate(JsonMapper mapper, Argument<?> type, JsonNode body) {
        return locate(mapper, type, body, "");
    }

    private static Optional<String> locate(JsonMapper mapper, Argument<?> type, JsonNode node, String path) {
        if (node.isNull()) {
            return Optional.empty(); // missing values are the validator's to name
        }
        Class<?> declared = type.getType();
        if (declared == boolean.class || declared == Boolean.class) {
            return node.isBoolean() ? Optional.empty() : Optional.of(path);
        }
        if (declared.isPrimitive() || Number.class.isAssignableFrom(declared)) {
            return node.isNumber() && fits(mapper, type, node) ? Optional.empty() : Optional.of(path);
        }
        if (declared == String.class || declared.isEnum()) {
            return node.isString() ? Optional.empty() : Optional.of(path);
        }
        if (Collection.class.isAssignableFrom(declared)) {
            if (!node.isArray()) {
                return Optional.of(path);
            }
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            for (int i = 0; i < node.size(); i++) {
                Optional<String> wrong = locate(mapper, element, node.get(i), path + "[" + i + "]");
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
            return Optional.empty();
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(declared);
        if (introspection.isEmpty()) {
            return fits(mapper, type, node) ? Optional.empty() : Optional.of(path);
        }
        if (!node.isObject()) {
            return Optional.of(path);
        }
        for (Map.Entry<String, JsonNode> field : node.entries()) {
            Optional<? extends BeanProperty<?, Object>> property = introspection.get().getProperty(field.getKey());
            if (property.isPresent()) {
                Optional<String> wrong = locate(mapper, property.get().asArgument(), field.getValue(),
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
        }
        return Optional.empty();
    }

    /** A number that does not fit its type (a fraction for a whole number, too large a value). */
    private static boolean fits(JsonMapper mapper, Argument<?> type, JsonNode value) {
        try {
            mapper.readValueFromTree(value, type);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
