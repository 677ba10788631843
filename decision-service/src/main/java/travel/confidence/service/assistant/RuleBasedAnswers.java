package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The deterministic answering engine: the intent rules say what a question is about, the capability of that
 * intent answers it from the data. A question nothing matched gets a plain list of what the assistant can do.
 */
@Singleton
class RuleBasedAnswers {

    private final Map<Intent, Capability> capabilities = new EnumMap<>(Intent.class);
    private final Messages messages;

    RuleBasedAnswers(List<Capability> capabilities, Messages messages) {
        capabilities.forEach(c -> this.capabilities.put(c.intent(), c));
        for (Intent intent : Intent.values()) {
            if (!this.capabilities.containsKey(intent)) {
                throw new IllegalStateException("no capability answers " + intent.wire());
            }
        }
        this.messages = messages;
    }

    Answer answer(Question question) {
        return question.understood().intent()
                .map(intent -> capabilities.get(intent).answer(question))
                .orElseGet(() -> new Answer(messages.template(question.language(), "help.unknown"), List.of(), null, null));
    }
}
