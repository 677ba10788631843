package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The seed's {@code travelDates}: ISO 8601 dates ("2026-12-01"; a date-time is read as its date). */
@Serdeable
public record TravelDates(
        @NotBlank @Size(max = 40) @Schema(description = "ISO 8601 date", example = "2027-03-10") String startDate,
        @NotBlank @Size(max = 40) @Schema(description = "ISO 8601 date, not before startDate", example = "2027-03-20") String endDate) {
}
