package travel.confidence.api.assistant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The seed's {@code AssistantResponse}, plus what the answer was understood to be about, the language it is in,
 * and who phrased it.
 *
 * @param responseTime milliseconds from receiving the question to sending the answer
 * @param intent       the capability that answered (an action type), or null when the question was not understood
 * @param answeredBy   {@code rules} (the deterministic engine), {@code llm} (the optional language model, grounded
 *                     on the rules' answer) or {@code static-emergency} (the assistant failed: emergency numbers only)
 */
@Serdeable
@Schema(description = "The assistant's answer")
public record AssistantResponse(
        String response,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<AssistantAction> actions,
        String conversationId,
        long responseTime,
        @Nullable String intent,
        String language,
        @Schema(allowableValues = {"rules", "llm", "static-emergency"}) String answeredBy) {

    public AssistantResponse {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
