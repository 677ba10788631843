package travel.confidence.data.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A fetch that fails at once (as when a source's circuit is open) must not stay behind as the key's fetch "in
 * flight": every later request for the key asks the source again. The failure used to be able to end before
 * the fetch was registered, and then stuck to the key until a restart, so a destination's weather never came
 * back after one open circuit. And a request that returns as soon as the failure is known can come before the
 * ended fetch has left the map: the next request must not take the old failure for a running fetch (one in
 * 2,000 did, in CI).
 */
class ResilientFetcherTest {

    private static final ExternalDataCache NOTHING_CACHED = new ExternalDataCache() {
        @Override
        public Optional<CachedData> fresh(ExternalDataKind kind, String destinationId, Instant now) {
            return Optional.empty();
        }

        @Override
        public Optional<CachedData> lastKnownGood(ExternalDataKind kind, String destinationId) {
            return Optional.empty();
        }

        @Override
        public void store(CachedData data) {
        }
    };

    @Test
    void every_request_after_a_failure_that_ended_at_once_asks_the_source_again() {
        ResilientFetcher fetcher = new ResilientFetcher(NOTHING_CACHED,
                Clock.fixed(Instant.parse("2026-04-20T00:00:00Z"), ZoneOffset.UTC),
                new LiveDataSettings(Duration.ofSeconds(5), 4));
        AtomicInteger asked = new AtomicInteger();
        int requests = 2_000;

        for (int i = 0; i < requests; i++) {
            Sourced<CachedData> answer = fetcher.fetch(ExternalDataKind.WEATHER, "GR", "A source", () -> {
                asked.incrementAndGet();
                throw new SourceUnavailableException("A source is paused");
            });
            assertThat(answer.freshness()).isEqualTo(Freshness.UNAVAILABLE);
        }

        assertThat(asked).as("the source was asked on every request").hasValue(requests);
    }
}
