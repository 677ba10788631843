package travel.confidence.console.security;

import com.vaadin.flow.router.HasErrorParameter;
import java.time.Instant;
import java.util.Optional;

/** What the access check decides for one navigation; pure, so it is tested without a browser. */
enum Access {
    /** Go ahead. */
    ALLOWED,
    /** Nobody is signed in: to the login view, and back here afterwards. */
    SIGN_IN,
    /** The token has run out: to the login view with a plain message. */
    EXPIRED,
    /** Signed in, but the view needs a role they do not have. */
    FORBIDDEN;

    static Access decide(Class<?> target, Optional<SignedInStaff> staff, Instant now) {
        if (target.isAnnotationPresent(OpenToEveryone.class) || HasErrorParameter.class.isAssignableFrom(target)) {
            return ALLOWED;
        }
        if (staff.isEmpty()) {
            return SIGN_IN;
        }
        if (staff.get().hasExpired(now)) {
            return EXPIRED;
        }
        RequiresRole required = target.getAnnotation(RequiresRole.class);
        return required == null || staff.get().role().allows(required.value()) ? ALLOWED : FORBIDDEN;
    }
}
