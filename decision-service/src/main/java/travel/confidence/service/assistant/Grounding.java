package travel.confidence.service.assistant;

import java.util.List;
import travel.confidence.api.assistant.AssistantAction;

/** What a rephrased answer must rest on: the question, the language, the rules' answer and its data. */
record Grounding(String question, String language, String answer, List<AssistantAction> actions) {
}
