package travel.confidence.api.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import travel.confidence.api.score.Alert;

/**
 * An alert as the admin API shows it: the alert travellers see, who posted it ({@code operator} or
 * {@code advisory-import}), when, whether it is in force now, and when it was retracted.
 */
@Serdeable
public record PostedAlert(Alert alert, String origin, String createdAt, boolean active, @Nullable String retractedAt) {
}
