package travel.confidence.data.preference;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Filters for listing the quarantine; a null filter matches everything. {@code from}/{@code to} bound the
 * time the record was first received ({@code to} exclusive). {@code page} counts from 0.
 */
public record QuarantineQuery(@Nullable QuarantinedRecord.Kind kind, @Nullable String reason, @Nullable String userId,
                              @Nullable QuarantinedRecord.Status status, @Nullable Instant from, @Nullable Instant to,
                              int page, int size) {
}
