package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import travel.confidence.api.assistant.AssistantAction;

/** What a capability answers: the sentences, the actions the frontend can offer, and what it was about. */
record Answer(String text, List<AssistantAction> actions, @Nullable Intent intent, @Nullable String topic) {

    Answer {
        actions = List.copyOf(actions);
    }
}
