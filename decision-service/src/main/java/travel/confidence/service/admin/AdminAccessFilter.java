package travel.confidence.service.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import io.micronaut.web.router.RouteMatch;
import java.util.Map;
import java.util.Optional;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.service.error.ErrorResponses;

/**
 * Guards every route under {@code /api/admin} except the login: 401 without a signed-in member of staff, 403
 * when their role does not allow what the route's {@link AdminAccess} asks for, or when the route declares no
 * role at all (closed by default). It runs after Micronaut Security has verified the bearer token. The principal
 * it found is kept on the request for {@link AdminPrincipalBinder}.
 */
@ServerFilter("/api/admin/**")
class AdminAccessFilter implements Ordered {

    static final String LOGIN = "/api/admin/login";

    static final String PRINCIPAL = AdminAccessFilter.class.getName() + ".principal";

    private final AdminIdentity identity;

    AdminAccessFilter(AdminIdentity identity) {
        this.identity = identity;
    }

    /** After Micronaut Security, which verifies the token this filter reads. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (route == null || request.getPath().equals(LOGIN)) {
            return null;
        }
        Optional<AdminPrincipal> principal = identity.identify(request);
        if (principal.isEmpty()) {
            return ErrorResponses.of(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED,
                    "Sign in first: admin requests need a bearer token from " + LOGIN, Map.of(), false)
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
