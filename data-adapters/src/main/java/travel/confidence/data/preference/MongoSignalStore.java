package travel.confidence.data.preference;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import travel.confidence.data.mongo.DocumentDurability;

/** Implicit signals in the {@code implicit_signals} collection. */
@Singleton
class MongoSignalStore implements SignalStore {

    static final String COLLECTION = "implicit_signals";

    private final MongoCollection<Document> signals;
    private final DocumentDurability durability;
    private final Indexing indexes;

    MongoSignalStore(MongoDatabase database, DocumentDurability durability) {
        this.durability = durability;
        this.signals = database.getCollection(COLLECTION).withWriteConcern(durability.writeConcern());
        this.indexes = new Indexing("signal", () -> {
            signals.createIndex(Indexes.ascending("userId", "acceptedAt"));
            signals.createIndex(Indexes.ascending("acceptedAt"));
        });
    }

    @Override
    public boolean append(RecordedSignal signal) {
        indexes.ensure();
        boolean stored = Guarded.call("store a signal", () -> {
            try {
                signals.insertOne(PreferenceDocuments.signal(signal));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        });
        durability.awaitDurable();
        return stored;
    }

    @Override
    public Optional<RecordedSignal> find(String id) {
        indexes.ensure();
        return Guarded.call("read a signal", () -> Optional.ofNullable(signals.find(Filters.eq("_id", id)).first())
                .map(PreferenceDocuments::signal));
    }

    @Override
    public List<RecordedSignal> forUser(String userId, Instant acceptedThrough, int limit) {
        indexes.ensure();
        return Guarded.call("read signals", () -> {
            List<RecordedSignal> found = new ArrayList<>();
            signals.find(Filters.and(Filters.eq("userId", userId),
                            Filters.lte("acceptedAt", PreferenceDocuments.date(acceptedThrough))))
                    .sort(Sorts.descending("timestamp")).limit(limit)
                    .forEach(d -> found.add(PreferenceDocuments.signal(d)));
            return found;
        });
    }

    @Override
    public Set<String> usersAccepted(Instant after, Instant through) {
        indexes.ensure();
        return Guarded.call("list users with new signals", () -> {
            Set<String> users = new LinkedHashSet<>();
            signals.distinct("userId", Filters.and(Filters.gt("acceptedAt", PreferenceDocuments.date(after)),
                    Filters.lte("acceptedAt", PreferenceDocuments.date(through))), String.class).into(users);
            return users;
        });
    }

    @Override
    public void delete(String id) {
        indexes.ensure();
        Guarded.run("delete a signal", () -> signals.deleteOne(Filters.eq("_id", id)));
        durability.awaitDurable();
    }
}
