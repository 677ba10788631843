package travel.confidence.service.apidocs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import travel.confidence.service.apidocs.TypeScriptInterfaces.ArrayOf;
import travel.confidence.service.apidocs.TypeScriptInterfaces.Field;
import travel.confidence.service.apidocs.TypeScriptInterfaces.Literals;
import travel.confidence.service.apidocs.TypeScriptInterfaces.Named;
import travel.confidence.service.apidocs.TypeScriptInterfaces.ObjectOf;
import travel.confidence.service.apidocs.TypeScriptInterfaces.Primitive;
import travel.confidence.service.apidocs.TypeScriptInterfaces.Type;

/**
 * Compares the seed's interfaces with OpenAPI schemas field by field and names every difference by its path
 * ({@code ConfidenceScoreResponse.breakdown[].weight: ...}): a field missing from the schema, a different type,
 * a different enumeration, an interface under another schema name, and optionality that differs. A field the
 * service deliberately accepts without (a leniency) is passed in by its path with the reason.
 */
final class SeedContract {

    /**
     * Which way a type travels. A request must not require what the seed leaves optional (the service would
     * refuse a valid request); an answer must promise what the seed requires (a client may rely on it).
     */
    enum Direction {
        REQUEST, ANSWER, BOTH;

        boolean checksRequests() {
            return this != ANSWER;
        }
    }

    private final Map<String, ObjectOf> interfaces;
    private final OpenApiDocument document;
    private final Map<String, String> leniencies;
    private final List<String> mismatches = new ArrayList<>();
    private final Set<String> usedLeniencies = new HashSet<>();

    SeedContract(Map<String, ObjectOf> interfaces, OpenApiDocument document, Map<String, String> leniencies) {
        this.interfaces = interfaces;
        this.document = document;
        this.leniencies = leniencies;
    }

    /** Differences between the interface {@code name} and the schema {@code schemaName} of the document. */
    List<String> compareInterface(String name, String schemaName, Direction direction) {
        mismatches.clear();
        Optional<Map<String, Object>> schema = document.schema(schemaName);
        if (schema.isEmpty()) {
            mismatches.add(name + ": no schema named " + schemaName + " in the OpenAPI document");
        } else {
            compareObject(name, name, interfaces.get(name), schema.get(), direction);
        }
        return List.copyOf(mismatches);
    }

    /** Differences between a seed type and a schema given directly (a request body, an answer). */
    List<String> compareWith(String path, Type seed, Map<String, Object> schema, Direction direction) {
        mismatches.clear();
        compare(path, path, seed, schema, direction);
        return List.copyOf(mismatches);
    }

    /** Leniencies that no comparison needed: stale entries in the allow list. */
    Set<String> unusedLeniencies() {
        Set<String> unused = new TreeSet<>(leniencies.keySet());
        unused.removeAll(usedLeniencies);
        return unused;
    }

    private void compareObject(String path, String declared, ObjectOf seed, Map<String, Object> schema,
                               Direction direction) {
        Map<String, Object> resolved = document.resolve(schema);
        Map<String, Object> properties = OpenApiDocument.map(resolved, "properties");
        if (properties == null) {
            mismatches.add(path + ": an object with fields in the seed, a schema without properties in the document");
            return;
        }
        List<Object> required = OpenApiDocument.list(resolved, "required");
        for (Field field : seed.fields()) {
            String fieldPath = path + "." + field.name();
            String declaredPath = declared + "." + field.name();
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) properties.get(field.name());
            if (property == null) {
                mismatches.add(fieldPath + ": missing from the schema (it has " + new TreeSet<>(properties.keySet()) + ")");
                continue;
            }
            boolean schemaRequires = required.contains(field.name());
            if (field.optional() && schemaRequires && direction.checksRequests()) {
                mismatches.add(fieldPath + ": optional in the seed, required in the schema");
            } else if (!field.optional() && !schemaRequires && !lenient(declaredPath)) {
                mismatches.add(fieldPath + ": required in the seed, optional in the schema");
            }
            compare(fieldPath, declaredPath, field.type(), property, direction);
        }
    }

    private boolean lenient(String declaredPath) {
        for (String lenient : leniencies.keySet()) {
            if (declaredPath.equals(lenient) || declaredPath.startsWith(lenient + ".")) {
                usedLeniencies.add(lenient);
                return true;
            }
        }
        return false;
    }

    private void compare(String path, String declared, Type seed, Map<String, Object> schema, Direction direction) {
        if (seed instanceof Named named) {
            compareNamed(path, named, schema, direction);
        } else if (seed instanceof ObjectOf object) {
            compareObject(path, declared, object, schema, direction);
        } else if (seed instanceof ArrayOf array) {
            Map<String, Object> resolved = document.resolve(schema);
            if (!"array".equals(resolved.get("type"))) {
                mismatches.add(path + ": an array in the seed, " + describe(resolved) + " in the schema");
            } else {
                compare(path + "[]", declared + "[]", array.items(), OpenApiDocument.map(resolved, "items"), direction);
            }
        } else if (seed instanceof Literals literals) {
            compareEnumeration(path, literals, document.resolve(schema));
        } else if (seed instanceof Primitive primitive) {
            comparePrimitive(path, primitive, document.resolve(schema));
        }
    }

    private void compareNamed(String path, Named named, Map<String, Object> schema, Direction direction) {
        Optional<String> ref = OpenApiDocument.refName(schema);
        if (ref.isEmpty()) {
            mismatches.add(path + ": the seed's " + named.name() + ", an inline schema in the document");
        } else if (!ref.get().equals(named.name())) {
            mismatches.add(path + ": the seed's " + named.name() + ", the schema " + ref.get() + " in the document");
        }
        ObjectOf target = interfaces.get(named.name());
        if (target == null) {
            mismatches.add(path + ": the seed names " + named.name() + ", which the fixture does not define");
        } else {
            compareObject(path, named.name(), target, schema, direction);
        }
    }

    private void compareEnumeration(String path, Literals literals, Map<String, Object> resolved) {
        Set<String> values = new TreeSet<>();
        OpenApiDocument.list(resolved, "enum").forEach(v -> values.add(String.valueOf(v)));
        if (!"string".equals(resolved.get("type"))) {
            mismatches.add(path + ": a string enumeration in the seed, " + describe(resolved) + " in the schema");
        } else if (!values.equals(new TreeSet<>(literals.values()))) {
            mismatches.add(path + ": enumeration " + new TreeSet<>(literals.values()) + " in the seed, "
                    + (values.isEmpty() ? "none" : values) + " in the schema");
        }
    }

    private void comparePrimitive(String path, Primitive primitive, Map<String, Object> resolved) {
        Object type = resolved.get("type");
        boolean matches = switch (primitive.name()) {
            case "string" -> "string".equals(type);
            case "number" -> "number".equals(type) || "integer".equals(type);
            case "boolean" -> "boolean".equals(type);
            default -> true; // any
        };
        if (!matches) {
            mismatches.add(path + ": " + primitive.name() + " in the seed, " + describe(resolved) + " in the schema");
        }
    }

    private static String describe(Map<String, Object> schema) {
        Object type = schema.get("type");
        return type == null ? "an untyped schema" : "type " + type;
    }
}
