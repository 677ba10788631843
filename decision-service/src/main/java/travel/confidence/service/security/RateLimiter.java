package travel.confidence.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The buckets of every client address, traveller and sign-in address this instance has seen lately. A bucket
 * left alone long enough to fill up again is forgotten (a new one starts full, so nothing changes for the
 * client), which keeps memory bounded however many addresses send requests.
 */
@Singleton
class RateLimiter {

    /** Which limit a request is counted against. */
    enum Kind {
        IP("per-ip"), USER("per-user"), LOGIN("sign-in");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private final RateLimitSettings settings;
    private final LongSupplier nanoTime;
    private final Cache<String, TokenBucket> ip;
    private final Cache<String, TokenBucket> user;
    private final Cache<String, TokenBucket> login;

    @Inject
    RateLimiter(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    RateLimiter(RateLimitSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.ip = buckets(settings.perIpBurst(), settings.perIpPerSecond(), settings.trackedClients());
        this.user = buckets(settings.perUserBurst(), settings.perUserPerSecond(), settings.trackedClients());
        this.login = buckets(settings.loginBurst(), settings.loginPerMinute() / 60.0, settings.trackedClients());
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Empty when the request may go on; else how long the client should wait. */
    OptionalLong take(Kind kind, String client) {
        if (!settings.enabled()) {
            return OptionalLong.empty();
        }
        long now = nanoTime.getAsLong();
        TokenBucket bucket = switch (kind) {
            case IP -> ip.get(client, c -> new TokenBucket(settings.perIpBurst(), settings.perIpPerSecond(), now));
            case USER -> user.get(client, c -> new TokenBucket(settings.perUserBurst(), settings.perUserPerSecond(), now));
            case LOGIN -> login.get(client, c -> new TokenBucket(settings.loginBurst(), settings.loginPerMinute() / 60.0, now));
        };
        long wait = bucket.take(now);
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(wait);
    }

    private Cache<String, TokenBucket> buckets(int burst, double perSecond, int max) {
        double secondsToFill = perSecond <= 0 ? 86_400 : Math.max(1, burst) / perSecond;
        return Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMillis((long) Math.ceil(secondsToFill * 1000) + 1000))
                .ticker(nanoTime::getAsLong)
                .maximumSize(Math.max(1, max))
                .build();
    }
}
