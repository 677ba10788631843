package travel.confidence.data.external;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.inject.Singleton;
import java.util.Date;
import java.util.Optional;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's ExternalDataCache in MongoDB. Cache entries carry {@code expiresAt} (fetch time plus the seed's
 * time to live for their kind) under a TTL index, so MongoDB deletes them once expired. The embedded
 * document store accepts but does not implement TTL indexes, and MongoDB only sweeps expired documents once a
 * minute, so expiry is also checked on every read. Last known good values live in their own collection with
 * no expiry: they are what a failing source falls back to.
 */
@Singleton
class MongoExternalDataCache implements ExternalDataCache {

    static final String CACHE = "external_data_cache";
    static final String LAST_GOOD = "external_data_last_good";
    private static final Logger LOG = LoggerFactory.getLogger(MongoExternalDataCache.class);

    private final MongoCollection<Document> cache;
    private final MongoCollection<Document> lastGood;

    MongoExternalDataCache(MongoDatabase database) {
        this.cache = database.getCollection(CACHE);
        this.lastGood = database.getCollection(LAST_GOOD);
        try {
            cache.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS)
                    .name("expire_at_expiresAt"));
        } catch (RuntimeException e) {
            LOG.warn("The document store refused the TTL index on {}; expiry is still enforced on read: {}", CACHE,
                    e.toString());
        }
    }

    @Override
    public Optional<CachedData> fresh(ExternalDataKind kind, String destinationId, Instant now) {
        return find(cache, kind, destinationId).filter(d -> d.freshAt(now));
    }

    @Override
    public Optional<CachedData> lastKnownGood(ExternalDataKind kind, String destinationId) {
        return find(lastGood, kind, destinationId);
    }

    @Override
    public void store(CachedData data) {
        Document document = toDocument(data);
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        cache.replaceOne(Filters.eq("_id", document.getString("_id")), document, upsert);
        lastGood.replaceOne(Filters.eq("_id", document.getString("_id")), document, upsert);
    }

    private static Optional<CachedData> find(MongoCollection<Document> collection, ExternalDataKind kind, String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", key(kind, id))).first())
                .map(d -> new CachedData(kind, d.getString("destinationId"), d.get("data", Document.class),
                        d.getString("source"), d.getDate("fetchedAt").toInstant(), d.getDate("expiresAt").toInstant()));
    }

    private static String key(ExternalDataKind kind, String destinationId) {
        return kind.key() + ":" + destinationId;
    }

    private static Document toDocument(CachedData data) {
        return new Document("_id", key(data.kind(), data.destinationId())).append("dataType", data.kind().key())
                .append("destinationId", data.destinationId()).append("data", data.data())
                .append("source", data.source()).append("fetchedAt", Date.from(data.fetchedAt()))
                .append("expiresAt", Date.from(data.expiresAt()));
    }
}
