package travel.confidence.data.preference;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import travel.confidence.data.mongo.DocumentDurability;

/** The quarantine in the {@code quarantine} collection and its review log in {@code quarantine_audit}. */
@Singleton
class MongoQuarantineStore implements QuarantineStore {

    static final String COLLECTION = "quarantine";
    static final String AUDIT = "quarantine_audit";

    private final MongoCollection<Document> quarantine;
    private final MongoCollection<Document> audit;
    private final DocumentDurability durability;
    private final Indexing indexes;

    MongoQuarantineStore(MongoDatabase database, DocumentDurability durability) {
        this.durability = durability;
        this.quarantine = database.getCollection(COLLECTION).withWriteConcern(durability.writeConcern());
        this.audit = database.getCollection(AUDIT).withWriteConcern(durability.writeConcern());
        this.indexes = new Indexing("quarantine", () -> {
            quarantine.createIndex(Indexes.descending("receivedAt"));
            quarantine.createIndex(Indexes.ascending("status", "receivedAt"));
            quarantine.createIndex(Indexes.ascending("userId"));
            quarantine.createIndex(Indexes.ascending("reasons"));
            audit.createIndex(Indexes.ascending("quarantineId", "at"));
        });
    }

    @Override
    public QuarantinedRecord hold(QuarantinedRecord record) {
        indexes.ensure();
        Document full = PreferenceDocuments.quarantined(record);
        List<Bson> onInsert = new ArrayList<>();
        full.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals("reasons") && !field.equals("occurrences")
                    && !field.equals("lastReceivedAt")) {
                onInsert.add(Updates.setOnInsert(field, value));
            }
        });
        onInsert.add(Updates.addEachToSet("reasons", record.reasons()));
        onInsert.add(Updates.inc("occurrences", 1));
        onInsert.add(Updates.max("lastReceivedAt", PreferenceDocuments.date(record.lastReceivedAt())));
        Guarded.run("quarantine a record", () -> quarantine.updateOne(Filters.eq("_id", record.id()),
                Updates.combine(onInsert), new UpdateOptions().upsert(true)));
        durability.awaitDurable();
        return find(record.id()).orElseThrow(() -> new IllegalStateException("quarantined record vanished: " + record.id()));
    }

    @Override
    public Optional<QuarantinedRecord> find(String id) {
        indexes.ensure();
        return Guarded.call("read the quarantine", () -> Optional.ofNullable(quarantine.find(Filters.eq("_id", id)).first())
                .map(PreferenceDocuments::quarantined));
    }

    @Override
    public Page search(QuarantineQuery query) {
        indexes.ensure();
        List<Bson> filters = new ArrayList<>();
        if (query.kind() != null) {
            filters.add(Filters.eq("kind", query.kind().key()));
        }
        if (query.reason() != null) {
            filters.add(Filters.eq("reasons", query.reason()));
        }
        if (query.userId() != null) {
            filters.add(Filters.eq("userId", query.userId()));
        }
        if (query.status() != null) {
            filters.add(Filters.eq("status", query.status().key()));
        }
        if (query.from() != null) {
            filters.add(Filters.gte("receivedAt", PreferenceDocuments.date(query.from())));
        }
        if (query.to() != null) {
            filters.add(Filters.lt("receivedAt", PreferenceDocuments.date(query.to())));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return Guarded.call("search the quarantine", () -> {
            List<QuarantinedRecord> items = new ArrayList<>();
            quarantine.find(filter).sort(Sorts.orderBy(Sorts.descending("receivedAt"), Sorts.ascending("_id")))
                    .skip(query.page() * query.size()).limit(query.size())
                    .forEach(d -> items.add(PreferenceDocuments.quarantined(d)));
            return new Page(items, quarantine.countDocuments(filter));
        });
    }

    @Override
    public boolean decide(String id, QuarantinedRecord.Status decision, String actor, Instant at, String reason) {
        indexes.ensure();
        long changed = Guarded.call("record a review decision", () -> quarantine.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", QuarantinedRecord.Status.PENDING.key())),
                Updates.combine(Updates.set("status", decision.key()), Updates.set("decidedBy", actor),
                        Updates.set("decidedAt", PreferenceDocuments.date(at)), Updates.set("decisionReason", reason)))
                .getModifiedCount());
        durability.awaitDurable();
        return changed == 1;
    }

    @Override
    public void audit(QuarantineAudit entry) {
        indexes.ensure();
        Guarded.run("write the review log", () -> audit.insertOne(PreferenceDocuments.audit(entry)));
        durability.awaitDurable();
    }

    @Override
    public List<QuarantineAudit> auditOf(String quarantineId) {
        indexes.ensure();
        return Guarded.call("read the review log", () -> {
            List<QuarantineAudit> entries = new ArrayList<>();
            audit.find(Filters.eq("quarantineId", quarantineId)).sort(Sorts.ascending("at"))
                    .forEach(d -> entries.add(PreferenceDocuments.audit(d)));
            return entries;
        });
    }
}
