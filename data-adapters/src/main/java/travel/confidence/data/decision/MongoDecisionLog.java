package travel.confidence.data.decision;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision log in MongoDB. Decisions are queued and written in batches by one background thread, so the
 * request path never waits on the store. When the queue is full (the store is down for long), new entries
 * are dropped and counted: losing a log line is better than failing a traveller's request.
 */
@Singleton
class MongoDecisionLog implements DecisionLog {

    private static final Logger LOG = LoggerFactory.getLogger(MongoDecisionLog.class);
    private static final int CAPACITY = 50_000;
    private static final int BATCH = 500;

    private final MongoCollection<Document> collection;
    private final BlockingQueue<DecisionEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean running = true;

    MongoDecisionLog(MongoDatabase database) {
        this.collection = database.getCollection("decision_log");
        collection.createIndex(Indexes.descending("decidedAt"));
        collection.createIndex(Indexes.ascending("userId"));
        this.writer = new Thread(this::drainLoop, "decision-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(DecisionEntry entry) {
        if (!queue.offer(entry)) {
            long count = dropped.incrementAndGet();
            if (count % 1000 == 1) {
                LOG.warn("Decision log queue full; {} entries dropped so far", count);
            }
        }
    }

    private void drainLoop() {
        List<DecisionEntry> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                DecisionEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<DecisionEntry> batch) throws InterruptedException {
        List<Document> documents = batch.stream().map(MongoDecisionLog::toDocument).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                collection.insertMany(documents);
                batch.clear();
                return;
            } catch (RuntimeException e) {
                if (!running || attempt >= 30) {
                    LOG.warn("Could not write {} decision log entries: {}", batch.size(), e.toString());
                    dropped.addAndGet(batch.size());
                    batch.clear();
                    return;
                }
                Thread.sleep(Math.min(2000, 100L * attempt));
            }
        }
    }

    @Override
    public synchronized void flush() {
        List<DecisionEntry> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            collection.insertMany(batch.stream().map(MongoDecisionLog::toDocument).toList());
        }
    }

    @Override
    public Optional<DecisionEntry> find(String decisionId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", decisionId)).first()).map(MongoDecisionLog::fromDocument);
    }

    @Override
    public List<DecisionEntry> recent(int limit) {
        List<DecisionEntry> entries = new ArrayList<>();
        collection.find().sort(Sorts.descending("decidedAt")).limit(limit).forEach(d -> entries.add(fromDocument(d)));
        return entries;
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        writer.join(5000);
    }

    static Document toDocument(DecisionEntry e) {
        Document factors = new Document();
        e.factors().forEach((k, v) -> factors.append(k, new Document(new LinkedHashMap<>(v))));
        return new Document("_id", e.decisionId()).append("decidedAt", Date.from(e.decidedAt()))
                .append("userId", e.userId()).append("destinationId", e.destinationId())
                .append("startDate", e.startDate()).append("endDate", e.endDate())
                .append("ruleVersion", e.ruleVersion()).append("variant", e.variant()).append("score", e.score())
                .append("baseScore", e.baseScore()).append("badge", e.badge()).append("personalized", e.personalized())
                .append("fallbackUsed", e.fallbackUsed()).append("preliminary", e.preliminary())
                .append("traveller", new Document(new LinkedHashMap<>(e.traveller()))).append("factors", factors)
                .append("firedRules", e.firedRules()).append("adjustments", e.adjustments());
    }

    static DecisionEntry fromDocument(Document d) {
        Map<String, Map<String, Double>> factors = new LinkedHashMap<>();
        d.get("factors", Document.class).forEach((k, v) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            ((Document) v).forEach((name, number) -> values.put(name, ((Number) number).doubleValue()));
            factors.put(k, values);
        });
        return new DecisionEntry(d.getString("_id"), d.getDate("decidedAt").toInstant(), d.getString("userId"),
                d.getString("destinationId"), d.getString("startDate"), d.getString("endDate"),
                d.getString("ruleVersion"), d.getString("variant"), d.getDouble("score"), d.getDouble("baseScore"),
                d.getString("badge"), d.getBoolean("personalized"), d.getBoolean("fallbackUsed"),
                d.getBoolean("preliminary"), new LinkedHashMap<>(d.get("traveller", Document.class)), factors,
                d.getList("firedRules", String.class), d.getList("adjustments", String.class));
    }
}
