package travel.confidence.api.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What one run of the advisory importer did: how many advisories the feed had and matched to destinations,
 * which level changes it turned into alerts or retractions, and the names it could not match.
 *
 * @param failure why the feed could not be read, or null when it was
 */
@Serdeable
public record AdvisoryImportReport(String source, String ranAt, int advisories, int destinations,
                                   List<String> raised, List<String> lowered, int alertsPosted, int alertsRetracted,
                                   List<String> unmatchedNames, @Nullable String failure) {
}
