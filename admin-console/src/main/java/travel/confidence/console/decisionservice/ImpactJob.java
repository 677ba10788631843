package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An impact preview running in the service: how far it got, then its report.
 *
 * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
 */
@Serdeable
public record ImpactJob(String jobId, String status, int percent, int done, int total, String draft, String live,
                        String requestedBy, String createdAt, @Nullable String finishedAt,
                        @Nullable ImpactReport report, @Nullable String error) {

    public boolean isFinished() {
        return "done".equals(status) || "failed".equals(status);
    }
}
