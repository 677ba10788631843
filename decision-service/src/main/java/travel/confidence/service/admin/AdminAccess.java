package travel.confidence.service.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role an admin endpoint needs. Every route under {@code /api/admin} must carry it: {@link AdminAccessFilter}
 * refuses a route without it, so a new endpoint cannot be left open by forgetting.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AdminAccess {

    AdminRole value();
}
