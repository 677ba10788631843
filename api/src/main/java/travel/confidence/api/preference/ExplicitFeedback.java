package travel.confidence.api.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The seed's {@code ExplicitFeedback}: a post-trip survey. One per traveller and trip. */
@Serdeable
public record ExplicitFeedback(
        @NotBlank @Size(max = 128) String userId,
        @NotBlank @Size(max = 128) String tripId,
        @NotBlank @Size(max = 64) String destinationId,
        @NotNull @Valid FeedbackRatings ratings,
        @Nullable @Size(max = 4000) String comments,
        @NotBlank @Size(max = 64) @Schema(format = "date-time") String timestamp) {
}
