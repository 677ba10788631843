package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.api.assistant.TripModeStatus;
import travel.confidence.api.vr.VrContentResponse;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.Travellers;

/**
 * The service started twice on the same data directory: trip mode (relational store), the conversation and
 * the preview catalogue (document store) are all still there after the restart.
 */
class AssistantStateSurvivesRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void trip_mode_conversations_and_previews_survive_a_restart() {
        String[] conversation = new String[1];
        runServiceOnce((http, editor, json) -> {
            Travellers travellers = new Travellers(http, json);
            travellers.onTrip("restarted", "ES");
            conversation[0] = travellers.answer("restarted", "ES", "en", "How do you say thank you?", null, null)
                    .conversationId();
            JsonHttp.Reply added = editor.post("/api/admin/vr", """
                    {"destinationId":"ES","contentType":"panorama","embedUrl":"https://kuula.co/share/restart-check",
                     "embedType":"iframe","resolution":"8K","provider":"Kuula","licence":"test fixture"}""");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        });

        runServiceOnce((http, editor, json) -> {
            TripModeStatus status = http.get("/api/assistant/trip-mode/restarted").as(json, TripModeStatus.class);
            assertThat(status.isActive()).isTrue();
            assertThat(status.currentDestination()).isEqualTo("ES");

            AssistantResponse followUp = new Travellers(http, json)
                    .answer("restarted", "ES", "en", "and goodbye?", null, conversation[0]);
            assertThat(followUp.conversationId()).isEqualTo(conversation[0]);
            assertThat(followUp.intent()).isEqualTo("translation");
            assertThat(followUp.response()).contains("Adiós / Hasta pronto");

            VrContentResponse preview = http.get("/api/vr/content/ES").as(json, VrContentResponse.class);
            assertThat(preview.available()).isTrue();
            assertThat(preview.embedUrl()).isEqualTo("https://kuula.co/share/restart-check");
        });
    }

    /** What a run does: the public API as a traveller, the admin API as an editor, and JSON. */
    private interface Run {
        void with(JsonHttp http, JsonHttp editor, JsonMapper json);
    }

    private void runServiceOnce(Run use) {
        Map<String, Object> properties = Map.of("confidence.data-dir", dataDir.toString(), "micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            use.with(new JsonHttp(server), JsonHttp.asStaff(server, "erin.editor", "editor"),
                    server.getApplicationContext().getBean(JsonMapper.class));
        }
    }
}
