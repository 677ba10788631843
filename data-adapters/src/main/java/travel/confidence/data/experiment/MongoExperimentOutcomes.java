package travel.confidence.data.experiment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads experiment outcomes from the document store: {@code decision_log} (written by scoring),
 * {@code implicit_signals} and {@code explicit_feedback} (written by preference learning). Read only. Users are
 * queried in chunks so a large experiment never builds one huge {@code $in}.
 */
@Singleton
class MongoExperimentOutcomes implements ExperimentOutcomes {

    private static final int CHUNK = 1000;

    private final MongoCollection<Document> decisions;
    private final MongoCollection<Document> signals;
    private final MongoCollection<Document> feedback;

    MongoExperimentOutcomes(MongoDatabase database) {
        this.decisions = database.getCollection("decision_log");
        this.signals = database.getCollection("implicit_signals");
        this.feedback = database.getCollection("explicit_feedback");
    }

    @Override
    public List<VariantDecision> decisions(Collection<String> variants, Instant since) {
        List<VariantDecision> found = new ArrayList<>();
        if (variants.isEmpty()) {
            return found;
        }
        decisions.find(Filters.and(Filters.in("variant", variants), Filters.gte("decidedAt", Date.from(since))))
                .projection(Projections.include("variant", "userId", "destinationId", "decidedAt", "badge", "preliminary"))
                .forEach(d -> found.add(new VariantDecision(d.getString("variant"), d.getString("userId"),
                        d.getString("destinationId"), instant(d.get("decidedAt")), d.getString("badge"),
                        Boolean.TRUE.equals(d.getBoolean("preliminary")))));
        return found;
    }

    @Override
    public List<UserOutcome> signals(Collection<String> userIds, String eventType, Instant since) {
        return inChunks(userIds, users -> Filters.and(Filters.in("userId", users), Filters.eq("eventType", eventType)),
                signals, since, false);
    }

    @Override
    public List<UserOutcome> ratings(Collection<String> userIds, Instant since) {
        return inChunks(userIds, users -> Filters.in("userId", users), feedback, since, true);
    }

    private static List<UserOutcome> inChunks(Collection<String> userIds,
                                              java.util.function.Function<List<String>, Bson> filter,
                                              MongoCollection<Document> collection, Instant since, boolean rated) {
        List<UserOutcome> found = new ArrayList<>();
        List<String> all = List.copyOf(userIds);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            collection.find(filter.apply(chunk)).forEach(d -> {
                Instant at = instant(d.get("timestamp"));
                if (at == null || at.isBefore(since)) {
                    return;
                }
                Double overall = null;
                if (rated) {
                    Document ratings = d.get("ratings", Document.class);
                    Object value = ratings == null ? null : ratings.get("overall");
                    if (!(value instanceof Number number)) {
                        return;
                    }
                    overall = number.doubleValue();
                }
                found.add(new UserOutcome(d.getString("userId"), d.getString("destinationId"), at, overall));
            });
        }
        return found;
    }

    /** Timestamps are dates; a string timestamp (ISO 8601) from an older writer is read too. */
    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
