package travel.confidence.service.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route reads or writes no traveller's own data (the destination catalogue, a preview from given values): any
 * signed-in traveller may call it. A public route must carry this or {@link ForUser}; one with neither is refused
 * to everyone in {@code jwt} mode, so forgetting cannot open another traveller's data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ForAnyUser {
}
