package travel.confidence.console.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a view needs. A view without it is open to every signed-in member of staff (editors and admins);
 * actions inside a view that need more are hidden from those who lack it, and the service refuses them anyway.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {

    StaffRole value();
}
