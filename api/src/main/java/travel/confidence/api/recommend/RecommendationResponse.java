package travel.confidence.api.recommend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The ranked list: highest confidence first, ties broken by name then id.
 *
 * @param considered how many destinations were scored before the limit was applied
 */
@Serdeable
public record RecommendationResponse(String userId, String ruleVersion, @Nullable String variant, boolean personalized,
                                     String profileType, String calculatedAt, int considered,
                                     List<Recommendation> recommendations, List<String> warnings) {
}
