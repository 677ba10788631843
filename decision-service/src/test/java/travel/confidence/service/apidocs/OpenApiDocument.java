package travel.confidence.service.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document the build generated (on the class path, as the service serves it), read as plain maps. */
record OpenApiDocument(Map<String, Object> root) {

    static final String RESOURCE = "META-INF/swagger/confidence-engine.yml";

    static OpenApiDocument generated() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: did the OpenAPI processor run?");
            }
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenApiDocument of(InputStream yaml) {
        return new OpenApiDocument(new Yaml().load(yaml));
    }

    static OpenApiDocument of(String yaml) {
        return new OpenApiDocument(new Yaml().load(yaml));
    }

    Map<String, Object> paths() {
        return map(root, "paths");
    }

    Optional<Map<String, Object>> operation(String method, String path) {
        Map<String, Object> item = map(paths(), path);
        return Optional.ofNullable(item == null ? null : map(item, method.toLowerCase()));
    }

    Optional<Map<String, Object>> schema(String name) {
        return Optional.ofNullable(map(map(map(root, "components"), "schemas"), name));
    }

    /** The schema a property or body points at: follows a $ref, or an allOf of a single $ref (nullable refs). */
    Map<String, Object> resolve(Map<String, Object> schema) {
        return refName(schema).flatMap(this::schema).orElse(schema);
    }

    /** The component a schema refers to, if it is a reference. */
    static Optional<String> refName(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1
                && all.get(0) instanceof Map<?, ?> only) {
            ref = only.get("$ref");
        }
        return Optional.ofNullable(ref).map(r -> r.toString().substring(r.toString().lastIndexOf('/') + 1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent == null ? null : (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        return parent == null || parent.get(key) == null ? List.of() : (List<Object>) parent.get(key);
    }
}
