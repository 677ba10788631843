package travel.confidence.service.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import java.util.List;

/**
 * Signed bearer tokens for members of staff, made by the service's own token generator, as a login would hand
 * them out. Tests that are not about the login itself use these.
 */
public final class StaffTokens {

    private StaffTokens() {
    }

    /** An Authorization header value for {@code user} in {@code role} (no role when null). */
    public static String bearer(ApplicationContext context, String user, String role) {
        Authentication authentication = Authentication.build(user, role == null ? List.of() : List.of(role));
        return "Bearer " + context.getBean(TokenGenerator.class).generateToken(authentication, 3600)
                .orElseThrow(() -> new IllegalStateException("the service made no token"));
    }
}
