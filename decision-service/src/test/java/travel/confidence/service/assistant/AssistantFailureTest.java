package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;
import travel.confidence.service.support.Travellers;
import travel.confidence.service.tripmode.UnreachableTripModes;

/**
 * Seed Error Handling 8: when the assistant fails or runs out of time, or trip mode cannot be read, the
 * traveller still gets the destination's emergency numbers (or 112 and 911 said plainly), never an error.
 */
@MicronautTest(environments = {"fixed-clock", "assistant-sabotage"}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantFailureTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @AfterEach
    void repair() {
        SabotagedIntentRules.mode = SabotagedIntentRules.Mode.WORKING;
        UnreachableTripModes.down = false;
    }

    private Travellers travellers() {
        return new Travellers(new JsonHttp(server), json);
    }

    @Test
    void a_failing_assistant_still_gives_the_destinations_emergency_numbers() {
        travellers().onTrip("broken-es", "ES");
        SabotagedIntentRules.mode = SabotagedIntentRules.Mode.THROWING;

        AssistantResponse answer = travellers().answer("broken-es", "ES", "es", "¿Dónde está el hospital?", null, null);

        assertThat(answer.answeredBy()).isEqualTo("static-emergency");
        assertThat(answer.response()).isEqualTo("El asistente no puede responder ahora; inténtalo de nuevo en un momento. "
                + "Números de emergencia en España: policía 112/088/091/092, ambulancia 112, bomberos 112/085/080, general 112.");
        assertThat(answer.intent()).isEqualTo("emergency");
        assertThat(answer.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("emergency");
            assertThat(a.data()).containsEntry("static", true).containsEntry("general", "112");
        });
    }

    @Test
    void without_numbers_for_the_destination_it_says_112_and_911_plainly() {
        travellers().onTrip("broken-aq", "AQ");
        SabotagedIntentRules.mode = SabotagedIntentRules.Mode.THROWING;

        AssistantResponse answer = travellers().answer("broken-aq", "AQ", "en", "help", null, null);

        assertThat(answer.response()).isEqualTo("The assistant cannot answer right now; please try again in a moment. "
                + "In an emergency call 112 or 911: most phones connect them to local emergency services.");
        assertThat(answer.actions()).singleElement().satisfies(a -> {
            assertThat(a.data()).containsEntry("general", List.of("112", "911"));
            assertThat(a.displayText()).isEqualTo("112 / 911");
        });
    }

    @Test
    void an_assistant_that_hangs_is_cut_off_within_the_two_second_sla() {
        travellers().onTrip("hanging-de", "DE");
        SabotagedIntentRules.mode = SabotagedIntentRules.Mode.HANGING;

        long start = System.nanoTime();
        AssistantResponse answer = travellers().answer("hanging-de", "DE", "de", "Wie ist das Wetter?", null, null);
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(took).as("wall-clock ms").isLessThan(2000);
        assertThat(answer.responseTime()).isLessThan(2000);
        assertThat(answer.answeredBy()).isEqualTo("static-emergency");
        assertThat(answer.response()).contains("Notrufnummern in Deutschland: Polizei 112, Rettungsdienst 112, Feuerwehr 112, allgemein 112.");
    }

    @Test
    void an_unreachable_trip_mode_store_still_gives_emergency_numbers_not_an_error() {
        UnreachableTripModes.down = true;

        JsonHttp.Reply reply = travellers().ask("anyone", "JP", "fr", "Quel est le numéro d'urgence ?", null, null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        AssistantResponse answer = reply.as(json, AssistantResponse.class);
        assertThat(answer.answeredBy()).isEqualTo("static-emergency");
        assertThat(answer.response()).contains("Numéros d'urgence (Japon) : police 110, ambulance 119, pompiers 119, général 112.");
    }

    @Test
    void once_repaired_the_assistant_answers_again() {
        travellers().onTrip("repaired", "PT");

        AssistantResponse answer = travellers().answer("repaired", "PT", "en", "What is the emergency number?", null, null);

        assertThat(answer.answeredBy()).isEqualTo("rules");
    }
}
