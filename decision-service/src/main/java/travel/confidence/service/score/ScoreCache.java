package travel.confidence.service.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import travel.confidence.api.score.ConfidenceScoreResponse;

/**
 * Scores by everything they depend on (seed: 6 hour TTL). The key holds the rule version, the traveller's
 * fingerprint and the context version, so a new rule version, new weights or new context can never be served
 * a stale score; the invalidation hooks drop entries early when a user's or a destination's data changes.
 */
@Singleton
public class ScoreCache {

    /** Everything a cached score depends on. {@code today} is in it because days to departure change daily. */
    public record Key(String ruleVersion, String variant, String destinationId, String userId, LocalDate start,
                      LocalDate end, LocalDate today, String travellerFingerprint, String contextVersion) {
    }

    record Entry(ConfidenceScoreResponse response, Instant storedAt) {
    }

    private final Cache<Key, Entry> cache;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    ScoreCache(ScoringSettings settings, Clock clock) {
        this.ttl = settings.cacheTtl();
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(settings.cacheMaxSize()).expireAfterWrite(ttl).build();
    }

    Optional<Entry> get(Key key) {
        Entry entry = cache.getIfPresent(key);
        (entry == null ? misses : hits).incrementAndGet();
        return Optional.ofNullable(entry);
    }

    void put(Key key, ConfidenceScoreResponse response) {
        cache.put(key, new Entry(response, clock.instant()));
    }

    /** Seconds a score stored at {@code storedAt} stays valid from now. */
    long secondsLeft(Instant storedAt) {
        return Math.max(0, ttl.minus(Duration.between(storedAt, clock.instant())).toSeconds());
    }

    long ttlSeconds() {
        return ttl.toSeconds();
    }

    /** A user's profile or learned weights changed. */
    public void invalidateUser(String userId) {
        cache.asMap().keySet().removeIf(k -> k.userId().equals(userId));
    }

    /** A destination's data or context (an alert) changed. */
    public void invalidateDestination(String destinationId) {
        cache.asMap().keySet().removeIf(k -> k.destinationId().equalsIgnoreCase(destinationId));
    }

    /** Rules or data changed for everyone. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public long size() {
        return cache.estimatedSize();
    }
}
