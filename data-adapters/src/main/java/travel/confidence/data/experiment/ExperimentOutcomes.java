package travel.confidence.data.experiment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What an experiment's metrics are made of: the decisions logged under its variants, and what the scored users
 * did afterwards (implicit signals and feedback ratings, written by the preference learning side).
 */
public interface ExperimentOutcomes {

    /** Decisions logged under any of these variant names since {@code since}. */
    List<VariantDecision> decisions(Collection<String> variants, Instant since);

    /** Implicit signals of this event type ("bookmark" ...) by these users since {@code since}. */
    List<UserOutcome> signals(Collection<String> userIds, String eventType, Instant since);

    /** Feedback ratings by these users since {@code since}. */
    List<UserOutcome> ratings(Collection<String> userIds, Instant since);
}
