package travel.confidence.data.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A traveller's learned weights of the seven learnable factors (each 0-1, adding up to 1), how much to trust
 * them (0-1), and how many interactions they were learned from.
 *
 * @param lastProcessedAt implicit signals accepted up to this instant are included (null: none yet)
 * @param tasteSafetyIndex and the other taste columns: what the traveller's browsing shows they are drawn to,
 *                        per factor, in standard deviations of the catalogue (positive: the places they linger
 *                        on stand out on it); null until signals were learned from
 */
@MappedEntity("preference_weights")
public record StoredWeights(@Id String userId,
                            double safetyIndex,
                            double weatherStability,
                            double transportAccessibility,
                            double languageCompatibility,
                            double healthEmergency,
                            double budgetMatch,
                            double crowdDensity,
                            double confidence,
                            int interactions,
                            Instant lastUpdated,
                            @Nullable Instant lastProcessedAt,
                            @Nullable Double tasteSafetyIndex,
                            @Nullable Double tasteWeatherStability,
                            @Nullable Double tasteTransportAccessibility,
                            @Nullable Double tasteLanguageCompatibility,
                            @Nullable Double tasteHealthEmergency,
                            @Nullable Double tasteBudgetMatch,
                            @Nullable Double tasteCrowdDensity,
                            @Version @Nullable Long version) {
}
