package travel.confidence.service.score;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import travel.confidence.rules.model.Factor;

/**
 * What a traveller's browsing shows they are drawn to: for each learnable factor, in standard deviations of
 * the catalogue, how much the places they linger on stand out (positive) or fall short (negative); how it is
 * learned is in the module README.
 *
 * @param learnedAt when it was last learned
 */
public record LearnedTaste(Map<Factor, Double> lean, Instant learnedAt) {

    public LearnedTaste {
        lean = Map.copyOf(new EnumMap<>(lean));
    }
}
