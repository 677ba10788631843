package travel.confidence.service.security;

import io.micronaut.core.annotation.AnnotationMetadata;
import java.util.Optional;

/**
 * Where a public route finds the user id it reads or writes, from its {@link ForUser} or {@link ForAnyUser}.
 * Empty for a route that declares neither: such a route is closed in {@code jwt} mode.
 */
record UserRule(Source source, String name) {

    /** Where the user id is. */
    enum Source { PATH, BODY, NONE }

    static final UserRule ANY_USER = new UserRule(Source.NONE, "");

    static Optional<UserRule> of(AnnotationMetadata route) {
        if (route.hasAnnotation(ForUser.class)) {
            String path = route.stringValue(ForUser.class, "path").orElse("");
            String body = route.stringValue(ForUser.class, "body").orElse("");
            if (path.isBlank() == body.isBlank()) {
                return Optional.empty(); // neither or both: a mistake, so closed
            }
            return Optional.of(path.isBlank() ? new UserRule(Source.BODY, body) : new UserRule(Source.PATH, path));
        }
        return route.hasAnnotation(ForAnyUser.class) ? Optional.of(ANY_USER) : Optional.empty();
    }

    boolean namesUser() {
        return source != Source.NONE;
    }

    /** How the field is called in an error: the body field, or the path variable. */
    String field() {
        return name;
    }
}
