package travel.confidence.service.error;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Finds which field of a request body has a value of the wrong type ({@code "duration": "long"}). The JSON
 * reader only says that a value could not become a number, not where it was, so the body is read again as a
 * tree and each field is tried against its declared type, descending into nested objects.
 */
final class WrongTypeLocator {

    private WrongTypeLocator() {
    }

    static Optional<String> locate(JsonMapper mapper, Argument<?> type, JsonNode body) {
        return locate(mapper, type, body, "");
    }

    private static Optional<String> locate(JsonMapper mapper, Argument<?> type, JsonNode node, String prefix) {
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type.getType());
        if (introspection.isEmpty() || !node.isObject()) {
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> field : node.entries()) {
            Optional<? extends BeanProperty<?, Object>> property = introspection.get().getProperty(field.getKey());
            if (property.isEmpty() || field.getValue().isNull()) {
                continue;
            }
            Argument<Object> propertyType = property.get().asArgument();
            String path = prefix + field.getKey();
            if (!fits(mapper, propertyType, field.getValue())) {
                return locate(mapper, propertyType, field.getValue(), path + ".").or(() -> Optional.of(path));
            }
        }
        return Optional.empty();
    }

    private static boolean fits(JsonMapper mapper, Argument<?> type, JsonNode value) {
        try {
            mapper.readValueFromTree(value, type);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
