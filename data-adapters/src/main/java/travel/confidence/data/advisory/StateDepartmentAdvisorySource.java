package travel.confidence.data.advisory;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.external.CachedData;
import travel.confidence.data.external.ExternalDataCache;
import travel.confidence.data.external.ExternalDataKind;
import travel.confidence.data.external.Freshness;
import travel.confidence.data.external.Sourced;

/**
 * The State Department advisory as last imported from its feed. Requests never wait on the feed: the
 * importer fetches it on a schedule and keeps each destination's advisory in the external data cache. A
 * request reads the fresh cache entry, else the last one imported (stale), else the bundled snapshot.
 */
@Singleton
@Requires(property = StateDepartmentSettings.PREFIX + ".enabled", value = "true")
class StateDepartmentAdvisorySource implements AdvisorySource {

    private final ExternalDataCache cache;
    private final DestinationCatalogue catalogue;
    private final Clock clock;

    StateDepartmentAdvisorySource(ExternalDataCache cache, DestinationCatalogue catalogue, Clock clock) {
        this.cache = cache;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Sourced<AdvisoryLevel> current(String destinationId) {
        String id = catalogue.find(destinationId).map(d -> d.id()).orElse(destinationId);
        try {
            Optional<CachedData> fresh = cache.fresh(ExternalDataKind.SAFETY, id, clock.instant());
            if (fresh.isPresent()) {
                return sourced(fresh.get(), Freshness.CACHED, null);
            }
            Optional<CachedData> lastGood = cache.lastKnownGood(ExternalDataKind.SAFETY, id);
            if (lastGood.isPresent()) {
                return sourced(lastGood.get(), Freshness.STALE, "The advisory feed has not been read successfully for "
                        + "more than " + ExternalDataKind.SAFETY.ttl().toDays() + " days; this is the last advisory we have");
            }
        } catch (RuntimeException e) {
            return BundledAdvisories.sourced(catalogue, id, "The imported advisories could not be read just now");
        }
        return BundledAdvisories.sourced(catalogue, id, "No advisory imported from the live feed yet");
    }

    private static Sourced<AdvisoryLevel> sourced(CachedData data, Freshness freshness, String note) {
        return new Sourced<>(AdvisoryDocuments.fromDocument(data.destinationId(), data.data()), freshness, data.source(),
                data.fetchedAt().toString(), note);
    }
}
