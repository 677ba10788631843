package travel.confidence.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteMatch;
import java.util.Map;
import java.util.Optional;

/**
 * The guard of the travellers' API (every route under {@code /api} outside {@code /api/admin}), after Micronaut
 * Security has verified the bearer token. In {@code jwt} mode: 401 without a valid traveller token (a staff token
 * is not one), 403 for a route that declares neither {@link ForUser} nor {@link ForAnyUser} (closed by default),
 * and 403 when the user id in the path is not the token's subject. A user id in the body is checked next by
 * {@link BodyUserFilter}, which has to wait for the body. The per-user rate limit is counted here for every route
 * that does not name its user in the body.
 * <p>
 * Routes are told apart by the template they were declared with, so no spelling of a path gets past the guard.
 */
@ServerFilter("/**")
class PublicApiFilter implements Ordered {

    /** The subject a body's user id must equal (jwt mode), or the marker that the body names the user to limit. */
    static final String ACTING_USER = PublicApiFilter.class.getName() + ".actingUser";

    private final SecuritySettings settings;
    private final UserLimits limits;

    PublicApiFilter(SecuritySettings settings, UserLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /** After Micronaut Security, which verifies the token this filter reads. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> guard(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (route == null || !RouteTemplates.isPublic(RouteTemplates.of(route))) {
            return null;
        }
        Optional<UserRule> rule = UserRule.of(route.getAnnotationMetadata());
        if (settings.publicApi() == PublicApiMode.OPEN) {
            return rule.filter(r -> r.source() == UserRule.Source.PATH)
                    .map(r -> pathUser(route, r))
                    .filter(found -> found.kind() == BodyField.Found.Kind.VALUE)
                    .map(found -> limits.take(found.value()))
                    .orElse(null);
        }
        if (rule.isEmpty()) {
            return Refusals.forbidden("This endpoint is closed", Map.of());
        }
        boolean tokenSent = request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return Refusals.unauthorized(tokenSent
                    ? "The bearer token is not valid (wrong signature, expired, not yet valid, or malformed)"
                    : "Sign in first: send the traveller's bearer token in the Authorization header", tokenSent);
        }
        TravellerToken token = TravellerToken.of(authentication.get());
        Optional<String> refusal = token.refusal(settings.travellerAudience());
        if (refusal.isPresent()) {
            return Refusals.unauthorized(refusal.get(), true);
        }
        return switch (rule.get().source()) {
            case BODY -> {
                request.setAttribute(ACTING_USER, token.subject());
                yield null;
            }
            case PATH -> {
                BodyField.Found user = pathUser(route, rule.get());
                yield user.kind() != BodyField.Found.Kind.VALUE ? Refusals.missingUserId(rule.get().field())
                        : !user.value().equals(token.subject()) ? Refusals.notYours(rule.get().field())
                        : limits.take(token.subject());
            }
            case NONE -> limits.take(token.subject());
        };
    }

    private static BodyField.Found pathUser(RouteMatch<?> route, UserRule rule) {
        Object value = route.getVariableValues().get(rule.name());
        return value == null || value.toString().isEmpty() ? BodyField.Found.ABSENT
                : new BodyField.Found(BodyField.Found.Kind.VALUE, value.toString());
    }
}
