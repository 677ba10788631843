package travel.confidence.data.vr;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** The preview catalogue in MongoDB, one document per entry, indexed by destination. */
@Singleton
class MongoVrCatalogue implements VrCatalogue {

    static final String COLLECTION = "vr_content";

    private final MongoCollection<Document> entries;
    private final Clock clock;

    MongoVrCatalogue(MongoDatabase database, Clock clock) {
        this.entries = database.getCollection(COLLECTION);
        this.clock = clock;
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("destinationId"), Indexes.ascending("createdAt")));
    }

    @Override
    public VrEntry add(NewVrEntry e) {
        // The store keeps milliseconds; an ObjectId grows with every insert of this process, so entries added in
        // the same millisecond still list in the order they were added.
        VrEntry stored = new VrEntry(new ObjectId().toHexString(), e.destinationId().toUpperCase(Locale.ROOT),
                e.contentType(), e.embedUrl(), e.embedType(), e.thumbnailUrl(), e.resolution(), e.duration(),
                e.provider(), e.licence(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        entries.insertOne(new Document("_id", stored.id()).append("destinationId", stored.destinationId())
                .append("contentType", stored.contentType()).append("embedUrl", stored.embedUrl())
                .append("embedType", stored.embedType()).append("thumbnailUrl", stored.thumbnailUrl())
                .append("resolution", stored.resolution()).append("duration", stored.duration())
                .append("provider", stored.provider()).append("licence", stored.licence())
                .append("createdAt", Date.from(stored.createdAt())));
        return stored;
    }

    @Override
    public List<VrEntry> list(@Nullable String destinationId) {
        Bson filter = destinationId == null ? new Document()
                : Filters.eq("destinationId", destinationId.strip().toUpperCase(Locale.ROOT));
        List<VrEntry> found = new ArrayList<>();
        entries.find(filter).sort(Sorts.ascending("createdAt", "_id")).forEach(d -> found.add(fromDocument(d)));
        return found;
    }

    @Override
    public Optional<VrEntry> remove(String id) {
        return Optional.ofNullable(entries.findOneAndDelete(Filters.eq("_id", id))).map(MongoVrCatalogue::fromDocument);
    }

    private static VrEntry fromDocument(Document d) {
        Object duration = d.get("duration");
        return new VrEntry(d.getString("_id"), d.getString("destinationId"), d.getString("contentType"),
                d.getString("embedUrl"), d.getString("embedType"), d.getString("thumbnailUrl"), d.getString("resolution"),
                duration == null ? null : ((Number) duration).intValue(), d.getString("provider"), d.getString("licence"),
                d.getDate("createdAt").toInstant());
    }
}
