package travel.confidence.api.preference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A record held back for review: what was sent (exactly one of {@code signal} and {@code feedback}), why it
 * was held, how often the same record arrived, and the review decision once there is one.
 *
 * @param kind        {@code implicit-signal} or {@code explicit-feedback}
 * @param reasons     codes such as {@code FUTURE_TIMESTAMP}, {@code BURST}
 * @param explanation the reasons in words
 * @param status      {@code pending}, {@code approved} or {@code rejected}
 * @param audit       every decision on this record, oldest first
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A quarantined signal or feedback with its reasons and review status")
public record QuarantineItem(String id, String kind, String userId, String destinationId, List<String> reasons,
                             List<String> explanation, String receivedAt, String lastReceivedAt, int occurrences,
                             String status, @Nullable ImplicitSignal signal, @Nullable ExplicitFeedback feedback,
                             @Nullable String decidedBy, @Nullable String decidedAt, @Nullable String decisionReason,
                             List<QuarantineAuditEntry> audit) {
}
