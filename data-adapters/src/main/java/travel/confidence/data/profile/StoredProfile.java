package travel.confidence.data.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A traveller profile row. Lists are stored comma-separated (ISO codes never contain commas); a null
 * attribute is one the traveller has not told us.
 */
@MappedEntity("traveller_profile")
public record StoredProfile(@Id String userId,
                            @Nullable String budgetTier,
                            @Nullable String travelStyle,
                            @Nullable String experienceLevel,
                            boolean prioritySafety,
                            @Nullable String preferredClimate,
                            @Nullable String mobilityRequirements,
                            @Nullable String languages,
                            @Nullable Double budgetMin,
                            @Nullable Double budgetMax,
                            @Nullable String budgetCurrency,
                            int tripCount,
                            @Nullable String visitedDestinations,
                            double averageRating,
                            Instant createdAt,
                            Instant updatedAt,
                            @Version @Nullable Long version) {
}
