package travel.confidence.api.recommend;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One ranked destination.
 *
 * @param matchPercentage the seed's Confidence_Match_Percentage: this traveller's confidence score before
 *                        rounding (0-100, exact to a millionth); {@code score} is it rounded to one decimal, as on
 *                        the card
 * @param reasonsFor      the strongest reasons to go, in the traveller's words
 * @param reasonsAgainst  the main things to plan around
 */
@Serdeable
public record Recommendation(int rank, String destinationId, String name, String region,
                             @Schema(minimum = "0", maximum = "100") double matchPercentage,
                             double score,
                             @Schema(allowableValues = {"Low", "Moderate", "High", "Excellent"}) String badge,
                             List<String> reasonsFor, List<String> reasonsAgainst, boolean fallbackUsed) {
}
