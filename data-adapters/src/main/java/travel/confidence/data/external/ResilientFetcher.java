package travel.confidence.data.external;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.retry.exception.CircuitOpenException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order every live source is read in (seed: Error Handling 1 and 7):
 * <ol>
 *   <li>a fresh cache entry (memory first, then the shared document store);</li>
 *   <li>a live fetch, waited for at most {@link LiveDataSettings#requestWait()}; a slower fetch goes on in the
 *       background and fills the cache for the next request (one fetch per value at a time);</li>
 *   <li>the last known good value, marked stale with its fetch time;</li>
 *   <li>nothing: the caller falls back (the scoring goes on without this source).</li>
 * </ol>
 * The live call itself carries the adapter's timeout, retries and circuit breaker.
 */
@Singleton
public class ResilientFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientFetcher.class);

    private final ExternalDataCache cache;
    private final Clock clock;
    private final LiveDataSettings settings;
    private final ExecutorService executor;
    private final Cache<String, CachedData> memory = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Map<String, CompletableFuture<CachedData>> inFlight = new ConcurrentHashMap<>();

    ResilientFetcher(ExternalDataCache cache, Clock clock, LiveDataSettings settings) {
        this.cache = cache;
        this.clock = clock;
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> {
            Thread t = new Thread(r, "live-fetch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param sourceName who publishes the data, as the traveller should read it
     * @param live       fetches the data from the live source; throws when it cannot
     */
    public Sourced<CachedData> fetch(ExternalDataKind kind, String destinationId, String sourceName,
                                     Supplier<Document> live) {
        Instant now = clock.instant();
        String key = kind.key() + ":" + destinationId;
        Optional<CachedData> fresh = freshFromCache(key, kind, destinationId, now);
        if (fresh.isPresent()) {
            return new Sourced<>(fresh.get(), Freshness.CACHED, fresh.get().source(), fresh.get().fetchedAt().toString(), null);
        }
        // Only a fetch still running is shared; one that has ended, even if it is still in the map, is not. Its
        // removal below can run after the request that waited for it has returned (the waiter may be woken
        // first), and the next request must then ask the source again rather than get the old failure.
        CompletableFuture<CachedData> fetch = inFlight.compute(key, (k, running) -> running == null || running.isDone()
                ? start(k, kind, destinationId, sourceName, live) : running);
        // Forget the fetch once it ends. Registered here, after the map holds it: a fetch that fails at once (an
        // open circuit) can end before compute stores it, and a removal registered inside start() would then run
        // first and leave the ended fetch in the map.
        fetch.whenComplete((data, failure) -> inFlight.remove(key, fetch));
        String problem;
        try {
            CachedData fetched = fetch.get(settings.requestWait().toMillis(), TimeUnit.MILLISECONDS);
            return new Sourced<>(fetched, Freshness.LIVE, fetched.source(), fetched.fetchedAt().toString(), null);
        } catch (TimeoutException e) {
            problem = sourceName + " did not answer within " + settings.requestWait().toMillis()
                    + " ms; we keep trying in the background";
        } catch (ExecutionException e) {
            problem = describe(sourceName, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = sourceName + ": the fetch was interrupted";
        }
        Optional<CachedData> lastGood = lastKnownGood(kind, destinationId);
        if (lastGood.isPresent()) {
            CachedData stale = lastGood.get();
            return new Sourced<>(stale, Freshness.STALE, stale.source(), stale.fetchedAt().toString(),
                    problem + ", so the last data we have (fetched " + stale.fetchedAt() + ") is used");
        }
        return Sourced.unavailable(sourceName, problem + ", and we have no earlier data");
    }

    private Optional<CachedData> freshFromCache(String key, ExternalDataKind kind, String destinationId, Instant now) {
        CachedData remembered = memory.getIfPresent(key);
        if (remembered != null && remembered.freshAt(now)) {
            return Optional.of(remembered);
        }
        try {
            Optional<CachedData> stored = cache.fresh(kind, destinationId, now);
            stored.ifPresent(d -> memory.put(key, d));
            return stored;
        } catch (RuntimeException e) {
            LOG.warn("External data cache unreadable for {}: {}", key, e.toString());
            return Optional.empty();
        }
    }

    private Optional<CachedData> lastKnownGood(ExternalDataKind kind, String destinationId) {
        try {
            return cache.lastKnownGood(kind, destinationId);
        } catch (RuntimeException e) {
            LOG.warn("Last known good {} data for {} unreadable: {}", kind.key(), destinationId, e.toString());
            return Optional.empty();
        }
    }

    private CompletableFuture<CachedData> start(String key, ExternalDataKind kind, String destinationId,
                                                String sourceName, Supplier<Document> live) {
        CompletableFuture<CachedData> future = CompletableFuture.supplyAsync(() -> {
            Document data = live.get();
            CachedData fetched = CachedData.fetched(kind, destinationId, data, sourceName, clock.instant());
            memory.put(key, fetched);
            try {
                cache.store(fetched);
            } catch (RuntimeException e) {
                LOG.warn("Could not store fetched {} in the external data cache: {}", key, e.toString());
            }
            return fetched;
        }, executor);
        future.whenComplete((data, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                if (cause instanceof CircuitOpenException) {
                    LOG.debug("{}: circuit open, not fetching {}", sourceName, key);
                } else {
                    LOG.warn("Live fetch of {} failed: {}", key, describe(sourceName, cause));
                }
            }
        });
        return future;
    }

    private static String describe(String sourceName, Throwable cause) {
        if (cause instanceof CircuitOpenException) {
            return sourceName + " failed repeatedly and is paused for a while (circuit open)";
        }
        if (cause instanceof SourceUnavailableException) {
            return cause.getMessage();
        }
        return sourceName + " failed: " + cause;
    }

    /** Forgets what is remembered in memory (tests; an operator's reload). The shared cache is untouched. */
    public void forgetMemory() {
        memory.invalidateAll();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
