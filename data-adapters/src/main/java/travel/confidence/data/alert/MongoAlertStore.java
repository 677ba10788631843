package travel.confidence.data.alert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts in MongoDB, one document each. Scoring reads alerts on every request, so the alerts not yet
 * retracted are held in memory: reloaded after every change made here and every {@code refresh-interval},
 * so that alerts posted through another instance count within that interval. Expiry is checked on read.
 */
@Singleton
class MongoAlertStore implements AlertStore {

    static final String COLLECTION = "alerts";
    private static final Logger LOG = LoggerFactory.getLogger(MongoAlertStore.class);

    private final MongoCollection<Document> alerts;
    private final Clock clock;
    private final ApplicationEventPublisher<AlertChanged> events;
    private volatile Map<String, List<StoredAlert>> openByDestination = Map.of();

    MongoAlertStore(MongoDatabase database, Clock clock, ApplicationEventPublisher<AlertChanged> events) {
        this.alerts = database.getCollection(COLLECTION);
        this.clock = clock;
        this.events = events;
        alerts.createIndex(Indexes.ascending("destinationId"));
        reload();
    }

    @Override
    public StoredAlert post(NewAlert alert) {
        StoredAlert stored = new StoredAlert(UUID.randomUUID().toString(), alert.destinationId().toUpperCase(Locale.ROOT),
                alert.type(), alert.severity(), alert.message(), alert.source(), alert.issuedAt(), alert.expiresAt(),
                alert.latitude(), alert.longitude(), alert.radiusKm(), alert.origin(), clock.instant(), null);
        alerts.insertOne(toDocument(stored));
        reload();
        events.publishEvent(new AlertChanged(stored.destinationId(), stored.id(), AlertChanged.Change.POSTED));
        return stored;
    }

    @Override
    public Optional<StoredAlert> retract(String id) {
        Optional<StoredAlert> existing = find(id);
        if (existing.isEmpty() || existing.get().retractedAt() != null) {
            return existing;
        }
        Instant now = clock.instant();
        alerts.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("retractedAt", null)),
                Updates.set("retractedAt", Date.from(now)));
        reload();
        StoredAlert retracted = existing.get().retracted(now);
        events.publishEvent(new AlertChanged(retracted.destinationId(), id, AlertChanged.Change.RETRACTED));
        return Optional.of(retracted);
    }

    @Override
    public Optional<StoredAlert> find(String id) {
        return Optional.ofNullable(alerts.find(Filters.eq("_id", id)).first()).map(MongoAlertStore::fromDocument);
    }

    @Override
    public List<StoredAlert> active(String destinationId, Instant now) {
        if (destinationId == null) {
            return List.of();
        }
        return openByDestination.getOrDefault(destinationId.toUpperCase(Locale.ROOT), List.of()).stream()
                .filter(a -> a.activeAt(now)).toList();
    }

    @Override
    public List<StoredAlert> list(@Nullable String destinationId, boolean includeInactive, Instant now) {
        Bson filter = destinationId == null ? new Document() : Filters.eq("destinationId", destinationId.toUpperCase(Locale.ROOT));
        List<StoredAlert> found = new ArrayList<>();
        alerts.find(filter).sort(Sorts.descending("issuedAt")).forEach(d -> found.add(fromDocument(d)));
        return found.stream().filter(a -> includeInactive || a.activeAt(now))
                .sorted(Comparator.comparing(StoredAlert::issuedAt).reversed()).toList();
    }

    /** Re-reads the alerts not yet retracted. */
    @Scheduled(fixedDelay = "${confidence.alerts.refresh-interval:15s}", initialDelay = "${confidence.alerts.refresh-interval:15s}")
    synchronized void reload() {
        try {
            Map<String, List<StoredAlert>> open = new HashMap<>();
            alerts.find(Filters.eq("retractedAt", null)).forEach(d -> {
                StoredAlert alert = fromDocument(d);
                open.computeIfAbsent(alert.destinationId(), k -> new ArrayList<>()).add(alert);
            });
            open.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(StoredAlert::issuedAt).reversed()).toList());
            openByDestination = Map.copyOf(open);
        } catch (RuntimeException e) {
            LOG.warn("Could not reload alerts; keeping the {} destinations' alerts already known: {}",
                    openByDestination.size(), e.toString());
        }
    }

    private static Document toDocument(StoredAlert a) {
        return new Document("_id", a.id()).append("destinationId", a.destinationId()).append("type", a.type())
                .append("severity", a.severity()).append("message", a.message()).append("source", a.source())
                .append("issuedAt", Date.from(a.issuedAt())).append("expiresAt", Date.from(a.expiresAt()))
                .append("latitude", a.latitude()).append("longitude", a.longitude()).append("radiusKm", a.radiusKm())
                .append("origin", a.origin()).append("createdAt", Date.from(a.createdAt()))
                .append("retractedAt", a.retractedAt() == null ? null : Date.from(a.retractedAt()));
    }

    private static StoredAlert fromDocument(Document d) {
        Date retracted = d.getDate("retractedAt");
        return new StoredAlert(d.getString("_id"), d.getString("destinationId"), d.getString("type"),
                d.getString("severity"), d.getString("message"), d.getString("source"),
                d.getDate("issuedAt").toInstant(), d.getDate("expiresAt").toInstant(), number(d, "latitude"),
                number(d, "longitude"), number(d, "radiusKm"), d.getString("origin"), d.getDate("createdAt").toInstant(),
                retracted == null ? null : retracted.toInstant());
    }

    private static Double number(Document d, String key) {
        Object value = d.get(key);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
