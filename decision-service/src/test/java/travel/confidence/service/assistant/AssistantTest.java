package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;
import travel.confidence.service.support.Travellers;

/**
 * The assistant over HTTP: every capability answers for any destination while trip mode is on (seed Property
 * 13), conversations carry a follow-up, and bad or unauthorised questions get the seed's error shape.
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DestinationCatalogue catalogue;
    @Inject
    MongoDatabase documents;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private Travellers travellers() {
        return new Travellers(http(), json);
    }

    /** A question per capability and language, from the examples product staff keep with the intent rules. */
    private record Asked(String capability, String language, String question) {
    }

    private static List<Asked> questions() {
        List<Asked> questions = new ArrayList<>();
        for (Arguments example : IntentExamplesTest.examples()) {
            Object[] row = example.get();
            if (((String) row[2]).isBlank() && !"none".equals(row[3])) {
                questions.add(new Asked((String) row[3], (String) row[0], (String) row[1]));
            }
        }
        return questions;
    }

    @Test
    void property_13_assistant_provides_required_capabilities() {
        // Feature: confidence-driven-travel-engine, Property 13: Assistant Provides Required Capabilities
        List<String> destinations = List.copyOf(catalogue.ids());
        List<Asked> questions = questions();
        assertThat(questions).extracting(Asked::capability).contains("emergency", "translation", "navigation", "weather", "safety");
        qt().withExamples(100)
                .forAll(arbitrary().pick(destinations), arbitrary().pick(questions), booleans().all(),
                        doubles().between(-0.5, 0.5))
                .checkAssert((destination, asked, located, offset) -> {
                    String user = "p13-" + destination;
                    travellers().onTrip(user, destination);
                    DestinationRecord record = catalogue.find(destination).orElseThrow();
                    String location = !located || record.capital() == null ? null
                            : (record.capital().latitude() + offset) + "," + (record.capital().longitude() + offset);

                    AssistantResponse answer = travellers().answer(user, destination, asked.language(), asked.question(),
                            location, null);

                    assertThat(answer.intent()).as(asked.question()).isEqualTo(asked.capability());
                    assertThat(answer.answeredBy()).isEqualTo("rules");
                    assertThat(answer.response()).isNotBlank().doesNotContain("{").doesNotContain("null");
                    assertThat(answer.responseTime()).isLessThan(2000);
                    AssistantAction action = answer.actions().stream().filter(a -> a.type().equals(asked.capability()))
                            .findFirst().orElseThrow(() -> new AssertionError("no " + asked.capability() + " action: " + answer));
                    assertThat(action.displayText()).isNotBlank();
                    switch (asked.capability()) {
                        case "emergency" -> assertThat(action.data().get("general")).isEqualTo(record.emergency() == null
                                ? List.of("112", "911") : record.emergency().general());
                        case "safety" -> assertThat((List<?>) action.data().get("advisories")).hasSize(record.advisories().size());
                        case "navigation" -> assertThat(action.data().get("found")).isIn(true, false);
                        default -> assertThat(action.data()).containsEntry("destinationId", record.id());
                    }
                });
    }

    @Test
    void a_follow_up_builds_on_the_previous_question_of_the_conversation() {
        travellers().onTrip("follow-up", "ES");
        AssistantResponse first = travellers().answer("follow-up", "ES", "es", "¿Cómo se dice gracias?", null, null);

        AssistantResponse followUp = travellers().answer("follow-up", "ES", "es", "¿y la policía?", null, first.conversationId());
        AssistantResponse alone = travellers().answer("follow-up", "ES", "es", "¿y la policía?", null, null);

        assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
        assertThat(followUp.intent()).isEqualTo("translation");
        assertThat(followUp.response()).isEqualTo("«policía» en español (España): policía.");
        assertThat(alone.intent()).as("without the conversation it is a question about the police").isEqualTo("emergency");
        assertThat(alone.conversationId()).isNotEqualTo(first.conversationId());
    }

    @Test
    void each_turn_is_kept_in_the_document_store() {
        travellers().onTrip("kept", "DE");
        AssistantResponse first = travellers().answer("kept", "DE", "en", "What is the emergency number?", null, null);
        travellers().answer("kept", "DE", "en", "and the police?", null, first.conversationId());

        List<Document> turns = new ArrayList<>();
        documents.getCollection("assistant_conversations").find(Filters.eq("conversationId", first.conversationId()))
                .sort(Sorts.ascending("turn")).forEach(turns::add);

        assertThat(turns).extracting(d -> d.getInteger("turn")).containsExactly(1, 2);
        assertThat(turns).extracting(d -> d.getString("intent")).containsExactly("emergency", "emergency");
        assertThat(turns).extracting(d -> d.getString("topic")).containsExactly(null, "police");
        assertThat(turns.get(1).getString("query")).isEqualTo("and the police?");
        assertThat(turns.get(1).getString("userId")).isEqualTo("kept");
        assertThat(turns.get(1).getString("answeredBy")).isEqualTo("rules");
    }

    @Test
    void another_travellers_conversation_is_never_continued() {
        travellers().onTrip("alice", "FR");
        travellers().onTrip("mallory", "FR");
        AssistantResponse alices = travellers().answer("alice", "FR", "fr", "comment dit-on merci", null, null);

        AssistantResponse mallorys = travellers().answer("mallory", "FR", "fr", "et bonjour ?", null, alices.conversationId());

        assertThat(mallorys.conversationId()).isNotEqualTo(alices.conversationId());
        assertThat(documents.getCollection("assistant_conversations")
                .countDocuments(Filters.eq("conversationId", alices.conversationId()))).isEqualTo(1);
    }

    @Test
    void a_question_nothing_matches_gets_what_the_assistant_can_do() {
        travellers().onTrip("puzzled", "IT");

        AssistantResponse answer = travellers().answer("puzzled", "IT", "de", "banana", null, null);

        assertThat(answer.intent()).isNull();
        assertThat(answer.actions()).isEmpty();
        assertThat(answer.response()).startsWith("Entschuldigung, das habe ich nicht verstanden.");
    }

    @Test
    void a_language_other_than_the_four_gets_english() {
        travellers().onTrip("nihongo", "JP");

        AssistantResponse answer = travellers().answer("nihongo", "JP", "ja-JP", "What is the emergency number?", null, null);

        assertThat(answer.language()).isEqualTo("en");
        assertThat(answer.response()).contains("Emergency numbers in Japan: police 110; ambulance 119; fire brigade 119.");
    }

    @Test
    void without_trip_mode_the_assistant_answers_409_trip_mode_inactive() {
        travellers().onTrip("back-home", "PT");
        travellers().offTrip("back-home");

        JsonHttp.Reply reply = travellers().ask("back-home", "PT", "en", "What is the emergency number?", null, null);
        JsonHttp.Reply never = travellers().ask("never-travelled", "PT", "en", "What is the emergency number?", null, null);

        for (JsonHttp.Reply r : List.of(reply, never)) {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            ErrorResponse error = r.as(json, ErrorResponse.class);
            assertThat(error.error().code()).isEqualTo("TRIP_MODE_INACTIVE");
            assertThat(error.error().message()).startsWith("Trip mode is off for this traveller");
        }
    }

    @Test
    void an_unknown_destination_is_a_400_naming_the_field() {
        travellers().onTrip("lost-at-sea", "PT");

        JsonHttp.Reply reply = travellers().ask("lost-at-sea", "Atlantis", "en", "What is the emergency number?", null, null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.as(json, ErrorResponse.class).error().details()).containsEntry("field", "context.currentDestination");
    }

    @Test
    void a_question_without_query_or_context_is_a_400_naming_the_field() {
        JsonHttp.Reply noQuery = http().post("/api/assistant/query", """
                {"userId":"u","tripId":"t","query":" ","context":{"currentDestination":"ES","language":"en"}}""");
        JsonHttp.Reply noContext = http().post("/api/assistant/query", """
                {"userId":"u","tripId":"t","query":"help"}""");
        JsonHttp.Reply badLocation = http().post("/api/assistant/query", """
                {"userId":"u","tripId":"t","query":"help","context":{"currentDestination":"ES","language":"en",
                 "currentLocation":{"latitude":123,"longitude":0}}}""");

        assertThat(noQuery.status()).isEqualTo(400);
        assertThat(noQuery.as(json, ErrorResponse.class).error().details()).containsEntry("field", "query");
        assertThat(noContext.status()).isEqualTo(400);
        assertThat(noContext.as(json, ErrorResponse.class).error().details()).containsEntry("field", "context");
        assertThat(badLocation.status()).isEqualTo(400);
        assertThat(badLocation.as(json, ErrorResponse.class).error().details())
                .containsEntry("field", "context.currentLocation.latitude");
    }
}
