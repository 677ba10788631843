package travel.confidence.data.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.data.mongo.EmbeddedMongoServer;

/** Conversation turns against the MongoDB-wire server the product embeds, with its persistent backend. */
class MongoConversationStoreIT {

    private static final Instant NOON = Instant.parse("2026-04-20T12:00:00Z");

    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_last_turn_of_a_conversation_is_the_latest_appended_and_survives_a_restart() {
        MongoConversationStore store = start();
        store.append(turn("conv-1", 1, "what is the emergency number?", "emergency", "general"));
        store.append(turn("conv-1", 2, "and the police?", "emergency", "police"));
        store.append(turn("conv-2", 1, "comment dit-on merci", "translation", "thank_you"));

        assertThat(store.last("conv-1")).hasValueSatisfying(t -> {
            assertThat(t.turn()).isEqualTo(2);
            assertThat(t.query()).isEqualTo("and the police?");
            assertThat(t.topic()).isEqualTo("police");
            assertThat(t.userId()).isEqualTo("traveller-1");
            assertThat(t.at()).isEqualTo(NOON.plusSeconds(2));
        });
        assertThat(store.last("conv-unknown")).isEmpty();

        stop();
        assertThat(start().last("conv-2")).hasValueSatisfying(t -> assertThat(t.intent()).isEqualTo("translation"));
    }

    @Test
    void the_collection_is_indexed_by_conversation_and_by_user() {
        start();

        List<String> names = new ArrayList<>();
        client.getDatabase("confidence").getCollection(MongoConversationStore.COLLECTION).listIndexes()
                .forEach(d -> names.add(d.get("key", Document.class).keySet().toString()));
        assertThat(names).contains("[conversationId, turn]", "[userId, at]");
    }

    private static ConversationTurn turn(String conversation, int number, String query, String intent, String topic) {
        return new ConversationTurn(conversation, "traveller-1", "trip-1", number, NOON.plusSeconds(number), query, "en",
                "ES", intent, topic, "an answer", "rules");
    }

    private MongoConversationStore start() {
        server = EmbeddedMongoServer.start(dataDir.resolve("documents"), 0);
        client = MongoClients.create(server.connectionString());
        return new MongoConversationStore(client.getDatabase("confidence"));
    }
}
