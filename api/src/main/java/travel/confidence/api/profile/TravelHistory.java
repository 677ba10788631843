package travel.confidence.api.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The seed's {@code travelHistory}. */
@Serdeable
public record TravelHistory(
        @Min(0) @Max(10000) int tripCount,
        @Nullable @Size(max = 500) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a destination id such as JP") String> visitedDestinations,
        @DecimalMin("0") @DecimalMax("5") double averageRating) {
}
