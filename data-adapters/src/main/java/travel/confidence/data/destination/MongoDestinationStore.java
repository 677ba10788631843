package travel.confidence.data.destination;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Destination documents in MongoDB: one per destination, keyed by its ISO code, with every value's source
 * and as-of date. The document store has no multi-document transactions here, so a replace is written as
 * idempotent upserts followed by deleting what the new data no longer has, then the checksum last: a crash
 * halfway leaves a catalogue that the next start rewrites.
 */
@Singleton
class MongoDestinationStore implements DestinationStore {

    static final String COLLECTION = "destinations";
    private static final String META = "datasets";
    private static final String META_ID = "open-data";

    private final MongoCollection<Document> destinations;
    private final MongoCollection<Document> datasets;

    MongoDestinationStore(MongoDatabase database) {
        this.destinations = database.getCollection(COLLECTION);
        this.datasets = database.getCollection(META);
        destinations.createIndex(Indexes.ascending("region"));
        destinations.createIndex(Indexes.ascending("subregion"));
    }

    @Override
    public void replaceAll(List<DestinationRecord> records, String datasetChecksum) {
        datasets.deleteOne(Filters.eq("_id", META_ID));
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        for (DestinationRecord record : records) {
            destinations.replaceOne(Filters.eq("_id", record.id()), DestinationDocuments.toDocument(record), upsert);
        }
        Set<String> ids = records.stream().map(DestinationRecord::id).collect(Collectors.toSet());
        List<String> stale = new ArrayList<>();
        destinations.find().projection(new Document("_id", 1)).forEach(d -> {
            if (!ids.contains(d.getString("_id"))) {
                stale.add(d.getString("_id"));
            }
        });
        if (!stale.isEmpty()) {
            destinations.deleteMany(Filters.in("_id", stale));
        }
        datasets.insertOne(new Document("_id", META_ID).append("checksum", datasetChecksum)
                .append("destinations", records.size()).append("loadedAt", Date.from(Instant.now())));
    }

    @Override
    public List<DestinationRecord> findAll() {
        List<DestinationRecord> records = new ArrayList<>();
        destinations.find().sort(Indexes.ascending("_id")).forEach(d -> records.add(DestinationDocuments.fromDocument(d)));
        return records;
    }

    @Override
    public Optional<String> datasetChecksum() {
        return Optional.ofNullable(datasets.find(Filters.eq("_id", META_ID)).first()).map(d -> d.getString("checksum"));
    }
}
