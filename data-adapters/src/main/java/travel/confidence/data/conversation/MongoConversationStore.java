package travel.confidence.data.conversation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Conversations in MongoDB, one document per turn: turns are only ever appended, and reading the last one is
 * a single indexed query. Indexes are created when the store is built (at start).
 */
@Singleton
class MongoConversationStore implements ConversationStore {

    static final String COLLECTION = "assistant_conversations";

    private final MongoCollection<Document> turns;

    MongoConversationStore(MongoDatabase database) {
        this.turns = database.getCollection(COLLECTION);
        turns.createIndex(Indexes.compoundIndex(Indexes.ascending("conversationId"), Indexes.descending("turn")));
        turns.createIndex(Indexes.compoundIndex(Indexes.ascending("userId"), Indexes.descending("at")));
    }

    @Override
    public void append(ConversationTurn t) {
        turns.insertOne(new Document("conversationId", t.conversationId()).append("userId", t.userId())
                .append("tripId", t.tripId()).append("turn", t.turn()).append("at", Date.from(t.at()))
                .append("query", t.query()).append("language", t.language()).append("destinationId", t.destinationId())
                .append("intent", t.intent()).append("topic", t.topic()).append("response", t.response())
                .append("answeredBy", t.answeredBy()));
    }

    @Override
    public Optional<ConversationTurn> last(String conversationId) {
        Document d = turns.find(Filters.eq("conversationId", conversationId)).sort(Sorts.descending("turn")).limit(1)
                .first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new ConversationTurn(d.getString("conversationId"), d.getString("userId"),
                d.getString("tripId"), d.getInteger("turn", 0), d.getDate("at").toInstant(), d.getString("query"),
                d.getString("language"), d.getString("destinationId"), d.getString("intent"), d.getString("topic"),
                d.getString("response"), d.getString("answeredBy")));
    }
}
