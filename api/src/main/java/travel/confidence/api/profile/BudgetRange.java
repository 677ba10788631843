package travel.confidence.api.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;

/** The seed's {@code budgetRange}. */
@Serdeable
public record BudgetRange(
        @DecimalMin("0") @DecimalMax("100000000") double min,
        @DecimalMin("0") @DecimalMax("100000000") double max,
        @Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {
}
