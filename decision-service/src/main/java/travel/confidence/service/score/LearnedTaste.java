package travel.confidence.service.score;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import travel.confidence.rules.model.Factor;

/**
 * What a traveller's browsing shows they are drawn to: for each learnable factor, how far (in standard
 * deviations of the catalogue) the places they engaged with sit above or below the average.
 *
 * @param learnedAt when it was last learned
 */
public record LearnedTaste(Map<Factor, Double> lean, Instant learnedAt) {

    public LearnedTaste {
        lean = Map.copyOf(new EnumMap<>(lean));
    }
}
