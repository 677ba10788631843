package travel.confidence.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteMatch;
import java.util.Map;
import java.util.Optional;

/**
 * The second half of the travellers' guard, for routes whose user id is a field of the JSON body
 * ({@code @ForUser(body = "userId")}): in {@code jwt} mode the field must name the token's subject, exactly once;
 * in both modes that user's rate limit is counted. Only these routes wait for their body here; it is read off the
 * event loop.
 */
@ServerFilter("/**")
class BodyUserFilter implements Ordered, ConditionalFilter {

    private final SecuritySettings settings;
    private final UserLimits limits;

    BodyUserFilter(SecuritySettings settings, UserLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        if (settings.publicApi() == PublicApiMode.OPEN && !limits.enabled()) {
            return false;
        }
        return bodyRule(request).isPresent();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<UserRule> rule = bodyRule(request);
        if (rule.isEmpty()) {
            return null;
        }
        BodyField.Found user = BodyField.read(body, rule.get().name());
        if (settings.publicApi() == PublicApiMode.OPEN) {
            return user.kind() == BodyField.Found.Kind.VALUE ? limits.take(user.value()) : null;
        }
        Optional<String> subject = request.getAttribute(PublicApiFilter.ACTING_USER, String.class);
        if (subject.isEmpty()) {
            return Refusals.forbidden("This endpoint is closed", Map.of()); // the first guard did not pass it
        }
        return switch (user.kind()) {
            case VALUE -> user.value().equals(subject.get()) ? limits.take(subject.get()) : Refusals.notYours(rule.get().field());
            case ABSENT -> Refusals.missingUserId(rule.get().field());
            // A body this guard cannot read never goes on: a more lenient reader behind it might find another user.
            case UNREADABLE -> Refusals.malformed();
            case DUPLICATE, NOT_A_VALUE -> Refusals.forbidden("The request must name one user id, as text",
                    Map.of("field", rule.get().field()));
        };
    }

    private static Optional<UserRule> bodyRule(HttpRequest<?> request) {
        Optional<RouteMatch> route = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class);
        if (route.isEmpty() || !RouteTemplates.isPublic(RouteTemplates.of(route.get()))) {
            return Optional.empty();
        }
        return UserRule.of(route.get().getAnnotationMetadata()).filter(r -> r.source() == UserRule.Source.BODY);
    }
}
