package travel.confidence.service.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route reads or writes one traveller's data, and says where their user id is: in a path variable
 * ({@code @ForUser(path = "userId")}) or in a top-level field of the JSON body ({@code @ForUser(body = "userId")}).
 * With {@code confidence.security.public-api=jwt} the {@link PublicApiFilter} lets the request through only when
 * that id is the subject of the caller's token. Exactly one of the two must be given.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ForUser {

    /** The path variable holding the user id. */
    String path() default "";

    /** The top-level field of the JSON body holding the user id. */
    String body() default "";
}
