package travel.confidence.api.assistant;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The seed's {@code AssistantAction}: something the frontend can show or act on (dial a number, show a phrase,
 * point to a place), with the data behind it.
 */
@Serdeable
public record AssistantAction(
        @Schema(allowableValues = {"emergency", "translation", "navigation", "weather", "safety"}, requiredMode = Schema.RequiredMode.REQUIRED) String type,
        Map<String, Object> data,
        String displayText) {

    public AssistantAction {
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }
}
