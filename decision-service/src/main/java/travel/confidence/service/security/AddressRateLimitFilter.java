package travel.confidence.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteMatch;
import java.util.OptionalLong;

/**
 * Limits every {@code /api} request per client address, before anything costly happens (before the token is even
 * checked). Sign-ins have a bucket of their own, much smaller, to slow down password guessing.
 */
@ServerFilter("/api/**")
class AddressRateLimitFilter implements Ordered {

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;

    AddressRateLimitFilter(RateLimiter limiter, ClientAddress clientAddress) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (!limiter.enabled()) {
            return null;
        }
        RateLimiter.Kind kind = request.getMethod() == HttpMethod.POST && RouteTemplates.of(route).equals(RouteTemplates.LOGIN)
                ? RateLimiter.Kind.LOGIN : RateLimiter.Kind.IP;
        OptionalLong wait = limiter.take(kind, clientAddress.of(request));
        return wait.isPresent() ? Refusals.rateLimited(kind, wait.getAsLong()) : null;
    }
}
