package travel.confidence.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteInfo;

/**
 * Which part of the API a route belongs to, by the template it was declared with ({@code /api/profiles/{userId}}),
 * never by the raw request path: a path with doubled or trailing slashes reaches the same route, and must meet the
 * same guard.
 */
final class RouteTemplates {

    static final String API = "/api/";
    static final String ADMIN = "/api/admin";
    static final String LOGIN = "/api/admin/login";

    private RouteTemplates() {
    }

    /** The route's URI template, or "" when it has none (not a URI route). */
    static String of(@Nullable RouteMatch<?> match) {
        return match == null ? "" : of(match.getRouteInfo());
    }

    static String of(RouteInfo<?> route) {
        if (route instanceof UriRouteInfo<?, ?> uri) {
            String template = uri.getUriMatchTemplate().toString();
            return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
        }
        return "";
    }

    /** Under {@code /api/admin}: the admin API (the login included), guarded by the admin package. */
    static boolean isAdmin(String template) {
        return template.equals(ADMIN) || template.startsWith(ADMIN + "/");
    }

    /** The travellers' API: under {@code /api}, outside {@code /api/admin}. */
    static boolean isPublic(String template) {
        return template.startsWith(API) && !isAdmin(template);
    }
}
