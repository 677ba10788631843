package travel.confidence.data.preference;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
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

/**
 * Post-trip feedback in the {@code explicit_feedback} collection. One document per traveller and trip: the id
 * is derived from both, and a unique index on them says so to anyone reading the schema. Without
 * multi-document transactions, the id is what makes two concurrent submissions for one trip end as one
 * stored and one conflict.
 */
@Singleton
class MongoFeedbackStore implements FeedbackStore {

    static final String COLLECTION = "explicit_feedback";

    private final MongoCollection<Document> feedback;
    private final DocumentDurability durability;
    private final Indexing indexes;

    MongoFeedbackStore(MongoDatabase database, DocumentDurability durability) {
        this.durability = durability;
        this.feedback = database.getCollection(COLLECTION).withWriteConcern(durability.writeConcern());
        this.indexes = new Indexing("feedback", () -> {
            feedback.createIndex(Indexes.ascending("userId", "tripId"), new IndexOptions().unique(true));
            feedback.createIndex(Indexes.ascending("acceptedAt"));
        });
    }

    @Override
    public Outcome append(RecordedFeedback entry) {
        indexes.ensure();
        Outcome outcome = Guarded.call("store feedback", () -> {
            try {
                feedback.insertOne(PreferenceDocuments.feedback(entry));
                return Outcome.STORED;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                RecordedFeedback stored = find(entry.userId(), entry.tripId()).orElse(null);
                return stored != null && stored.sameAnswersAs(entry) ? Outcome.ALREADY_STORED : Outcome.CONFLICT;
            }
        });
        durability.awaitDurable();
        return outcome;
    }

    @Override
    public void replace(RecordedFeedback entry) {
        indexes.ensure();
        Document document = PreferenceDocuments.feedback(entry);
        Guarded.run("replace feedback", () -> feedback.replaceOne(Filters.eq("_id", document.get("_id")), document,
                new ReplaceOptions().upsert(true)));
        durability.awaitDurable();
    }

    @Override
    public Optional<RecordedFeedback> find(String userId, String tripId) {
        indexes.ensure();
        return Guarded.call("read feedback", () -> Optional.ofNullable(
                        feedback.find(Filters.eq("_id", PreferenceDocuments.feedbackId(userId, tripId))).first())
                .map(PreferenceDocuments::feedback));
    }

    @Override
    public List<RecordedFeedback> forUser(String userId) {
        indexes.ensure();
        return Guarded.call("read feedback", () -> {
            List<RecordedFeedback> found = new ArrayList<>();
            feedback.find(Filters.eq("userId", userId)).sort(Sorts.ascending("timestamp"))
                    .forEach(d -> found.add(PreferenceDocuments.feedback(d)));
            return found;
        });
    }

    @Override
    public Set<String> usersAccepted(Instant after, Instant through) {
        indexes.ensure();
        return Guarded.call("list users with new feedback", () -> {
            Set<String> users = new LinkedHashSet<>();
            feedback.distinct("userId", Filters.and(Filters.gt("acceptedAt", PreferenceDocuments.date(after)),
                    Filters.lte("acceptedAt", PreferenceDocuments.date(through))), String.class).into(users);
            return users;
        });
    }

    @Override
    public void deleteApprovedFrom(String userId, String tripId, String quarantineId) {
        indexes.ensure();
        Guarded.run("delete feedback", () -> feedback.deleteOne(Filters.and(
                Filters.eq("_id", PreferenceDocuments.feedbackId(userId, tripId)),
                Filters.eq("approvedFrom", quarantineId))));
        durability.awaitDurable();
    }
}
