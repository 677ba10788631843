package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.service.support.ChatCompletionsStub;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;
import travel.confidence.service.support.Travellers;

/**
 * The optional language model, switched on against a local stub of the chat completions API: its answer is
 * served when it is grounded on the rules' answer; a slow, failing or inventive model never costs the
 * traveller the seed's 2 s or the right number: the rules' answer is served instead.
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantLanguageModelTest implements TestPropertyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AssistantLanguageModelTest.class);
    private static final String RULES_ANSWER = "In Germany, call 112 for the police, an ambulance or the fire brigade.";

    private final ChatCompletionsStub model = ChatCompletionsStub.start();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.assistant.llm.enabled", "true");
        properties.put("confidence.assistant.llm.base-url", model.uri().toString());
        properties.put("confidence.assistant.llm.model", "stub-model");
        // Longer than the SLA on purpose: the assistant's own deadline must cut the wait, not this timeout.
        properties.put("confidence.assistant.llm.timeout", "10s");
        return properties;
    }

    @AfterAll
    void stopModel() {
        model.close();
    }

    private Travellers travellers() {
        return new Travellers(new JsonHttp(server), json);
    }

    @Test
    void a_slow_model_never_breaks_the_two_second_sla_the_rules_answer_is_served() {
        model.answer(Duration.ofSeconds(5), 200, "Too late to matter.");
        travellers().onTrip("slow-model", "DE");
        travellers().answer("slow-model", "DE", "en", "What is the emergency number?", null, null);

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            AssistantResponse answer = travellers().answer("slow-model", "DE", "en", "What is the emergency number?", null, null);
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            LOG.info("Answer with a model that takes 5 s: {} ms on the wall clock, responseTime {} ms", took,
                    answer.responseTime());

            assertThat(took).as("wall-clock ms").isLessThan(2000);
            assertThat(answer.responseTime()).isLessThan(2000);
            assertThat(answer.answeredBy()).isEqualTo("rules");
            assertThat(answer.response()).isEqualTo(RULES_ANSWER);
        }
        assertThat(model.calls()).as("the model was asked").isPositive();
    }

    @Test
    void a_grounded_answer_of_the_model_is_served_with_the_rules_actions() {
        model.answer(Duration.ZERO, 200, "Dial 112 anywhere in Germany: it reaches police, ambulance and fire brigade.");
        travellers().onTrip("model-ok", "DE");

        AssistantResponse answer = travellers().answer("model-ok", "DE", "en", "What is the emergency number?", null, null);

        assertThat(answer.answeredBy()).isEqualTo("llm");
        assertThat(answer.response()).isEqualTo("Dial 112 anywhere in Germany: it reaches police, ambulance and fire brigade.");
        assertThat(answer.actions()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo("emergency"));
        assertThat(model.lastRequest()).contains("\"model\":\"stub-model\"").contains(RULES_ANSWER)
                .contains("What is the emergency number?").contains("ONLY the facts");
    }

    @Test
    void a_model_that_states_a_number_the_data_does_not_hold_is_ignored() {
        // Germany's police number in the shipped data is 112; a model "knowing better" must not be served.
        model.answer(Duration.ZERO, 200, "In Germany call 110 for the police and 112 for fire and ambulance.");
        travellers().onTrip("model-inventive", "DE");

        AssistantResponse answer = travellers().answer("model-inventive", "DE", "en", "What is the police number?", null, null);

        assertThat(answer.answeredBy()).isEqualTo("rules");
        assertThat(answer.response()).startsWith("For the police in Germany, call 112.");
    }

    @Test
    void a_model_answering_with_an_error_is_ignored() {
        model.answer(Duration.ZERO, 500, "");
        travellers().onTrip("model-down", "DE");

        AssistantResponse answer = travellers().answer("model-down", "DE", "en", "What is the emergency number?", null, null);

        assertThat(answer.answeredBy()).isEqualTo("rules");
        assertThat(answer.response()).isEqualTo(RULES_ANSWER);
    }
}
