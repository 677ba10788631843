package travel.confidence.data.profile;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A traveller's learned weights of the seven learnable factors (each 0-1, adding up to 1), how much to trust
 * them (0-1), and how many interactions they were learned from.
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
                            Instant lastUpdated) {
}
