package travel.confidence.service.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;
import java.util.Map;
import java.util.Optional;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.service.error.ErrorResponses;

/**
 * Guards every route under {@code /api/admin}: 401 without a user, 403 when the user's role does not allow what
 * the route's {@link AdminAccess} asks for, or when the route declares no role at all (closed by default). The
 * principal it found is kept on the request for {@link AdminPrincipalBinder}.
 */
@ServerFilter("/api/admin/**")
class AdminAccessFilter {

    static final String PRINCIPAL = AdminAccessFilter.class.getName() + ".principal";

    private final AdminIdentity identity;

    AdminAccessFilter(AdminIdentity identity) {
        this.identity = identity;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (route == null) {
            return null;
        }
        Optional<AdminPrincipal> principal = identity.identify(request);
        if (principal.isEmpty()) {
            return ErrorResponses.of(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED,
                    "Admin requests must say who sends them (the X-Admin-User header)", Map.of(), false)
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Optional<AdminRole> required = route.getAnnotationMetadata().enumValue(AdminAccess.class, AdminRole.class);
        AdminRole role = principal.get().role();
        if (required.isEmpty() || !role.allows(required.get())) {
            String needed = required.map(AdminRole::key).orElse("none");
            return ErrorResponses.of(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN,
                    required.isEmpty() ? "This admin endpoint is closed"
                            : "This needs the " + needed + " role; you act as " + (role == AdminRole.SYSTEM ? "no staff role" : role.key()),
                    Map.of("requiredRole", needed), false).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        request.setAttribute(PRINCIPAL, principal.get());
        return null;
    }
}
