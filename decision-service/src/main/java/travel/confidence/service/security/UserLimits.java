package travel.confidence.service.security;

import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.OptionalLong;

/** The per-user rate limit, as the guards apply it: null to go on, or the 429 to answer. */
@Singleton
class UserLimits {

    private final RateLimiter limiter;

    UserLimits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    boolean enabled() {
        return limiter.enabled();
    }

    HttpResponse<?> take(String user) {
        OptionalLong wait = limiter.take(RateLimiter.Kind.USER, user);
        return wait.isPresent() ? Refusals.rateLimited(RateLimiter.Kind.USER, wait.getAsLong()) : null;
    }
}
