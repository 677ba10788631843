package travel.confidence.data.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One arm of an experiment: the rule set version it serves and its share of users in 1/10000. A stopped
 * variant's users are served the control variant.
 */
@MappedEntity("experiment_variant")
public record StoredVariant(@Id @GeneratedValue @Nullable Long id,
                            Long experimentId,
                            String name,
                            Long versionId,
                            int shareBasisPoints,
                            boolean control,
                            @Nullable Instant stoppedAt,
                            @Nullable String stopReason) {

    public static final int ALL = 10_000;

    public StoredVariant withShare(int basisPoints) {
        return new StoredVariant(id, experimentId, name, versionId, basisPoints, control, stoppedAt, stopReason);
    }
}
