package travel.confidence.api.recommend;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The score of a trip starting on the first day of a month.
 *
 * @param factorScores the score of each factor that month, by factor key
 */
@Serdeable
public record MonthScore(int month, String monthName, String startDate, double score, String badge,
                         Map<String, Double> factorScores) {
}
