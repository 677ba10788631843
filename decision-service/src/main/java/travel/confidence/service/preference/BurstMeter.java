package travel.confidence.service.preference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts each traveller's signals as they arrive, to spot bursts no person makes. Counted in memory by
 * each instance (a store query per signal would cost more than the signal): behind a load balancer that
 * spreads one traveller over N instances a burst must be up to N times larger to be caught. Every arrival
 * counts, including those that end up quarantined, so a bot cannot slip under the limit by mixing in bad ones.
 */
@Singleton
class BurstMeter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, Deque<Long>> arrivals;
    private final Clock clock;
    private final int perSecond;
    private final int perMinute;

    BurstMeter(PreferenceSettings settings, Clock clock) {
        this.clock = clock;
        this.perSecond = settings.burstPerSecond();
        this.perMinute = settings.burstPerMinute();
        this.arrivals = Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(200_000).build();
    }

    /** Records one arrival from the traveller; true if it exceeds what a person does. */
    boolean arriveAndCheck(String userId) {
        long now = clock.millis();
        Deque<Long> times = arrivals.get(userId, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
                times.pollFirst();
            }
            times.addLast(now);
            if (times.size() > perMinute) {
                times.pollFirst(); // keep the memory per traveller bounded; the count stays above the limit
                return true;
            }
            int lastSecond = 0;
            for (var it = times.descendingIterator(); it.hasNext() && it.next() > now - 1000; ) {
                lastSecond++;
            }
            return lastSecond > perSecond;
        }
    }
}
