package travel.confidence.api.assistant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The seed's {@code AssistantRequest}: one question to the in-trip assistant. */
@Serdeable
@Schema(description = "A question to the in-trip assistant; answered only while the traveller's trip mode is on")
public record AssistantRequest(
        @NotBlank @Size(max = 128) String userId,
        @NotBlank @Size(max = 128) String tripId,
        @NotBlank @Size(max = 1000) @Schema(example = "¿Cuál es el número de emergencia?") String query,
        @NotNull @Valid AssistantContext context,
        @Nullable @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may hold only letters, digits, - and _")
        @Schema(description = "Continue a conversation: the id an earlier answer returned") String conversationId) {
}
