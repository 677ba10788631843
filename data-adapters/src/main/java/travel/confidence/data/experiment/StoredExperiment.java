package travel.confidence.data.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An A/B test of rule set versions: its status (draft, running, stopped) and its guardrails: a variant is
 * stopped when, over at least {@code minDecisions} decisions, its error rate or its share of Low badges passes
 * the limit, or when, over at least {@code minFeedback} ratings, its complaint rate does.
 */
@MappedEntity("experiment")
public record StoredExperiment(@Id @GeneratedValue @Nullable Long id,
                               String name,
                               @Nullable String description,
                               String status,
                               String createdBy,
                               Instant createdAt,
                               Instant updatedAt,
                               @Nullable Instant startedAt,
                               @Nullable Instant stoppedAt,
                               double maxErrorRate,
                               double maxLowBadgeShare,
                               double maxComplaintRate,
                               int minDecisions,
                               int minFeedback) {

    public static final String DRAFT = "draft";
    public static final String RUNNING = "running";
    public static final String STOPPED = "stopped";

    public StoredExperiment started(Instant at) {
        return new StoredExperiment(id, name, description, RUNNING, createdBy, createdAt, at, at, null, maxErrorRate,
                maxLowBadgeShare, maxComplaintRate, minDecisions, minFeedback);
    }

    public StoredExperiment stopped(Instant at) {
        return new StoredExperiment(id, name, description, STOPPED, createdBy, createdAt, at, startedAt, at,
                maxErrorRate, maxLowBadgeShare, maxComplaintRate, minDecisions, minFeedback);
    }

    public StoredExperiment touched(Instant at) {
        return new StoredExperiment(id, name, description, status, createdBy, createdAt, at, startedAt, stoppedAt,
                maxErrorRate, maxLowBadgeShare, maxComplaintRate, minDecisions, minFeedback);
    }
}
