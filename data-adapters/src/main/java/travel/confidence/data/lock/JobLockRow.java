package travel.confidence.data.lock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The lease of one job.
 *
 * @param owner            the instance holding the lease, or null
 * @param lockedUntil      the lease runs out at this instant; after it anyone may take it
 * @param lastCompletedAt  when the job last finished
 * @param processedThrough how far the job's last completed run got through its input (the job decides what that means)
 */
@MappedEntity("job_lock")
public record JobLockRow(@Id String name, @Nullable String owner, @Nullable Instant lockedAt, Instant lockedUntil,
                         @Nullable Instant lastCompletedAt, @Nullable Instant processedThrough) {
}
