package travel.confidence.service.alert;

import java.time.Instant;
import travel.confidence.api.alert.PostedAlert;
import travel.confidence.api.score.Alert;
import travel.confidence.api.score.AlertArea;
import travel.confidence.data.alert.StoredAlert;

/** Stored alerts as the API shows them. */
public final class AlertViews {

    private AlertViews() {
    }

    public static Alert toApi(StoredAlert a) {
        AlertArea area = a.hasArea() ? new AlertArea(a.latitude(), a.longitude(), a.radiusKm()) : null;
        return new Alert(a.type(), a.severity(), a.message(), a.source(), a.issuedAt().toString(), a.id(),
                a.destinationId(), a.expiresAt().toString(), area);
    }

    static PostedAlert toPosted(StoredAlert a, Instant now) {
        return new PostedAlert(toApi(a), a.origin(), a.createdAt().toString(), a.activeAt(now),
                a.retractedAt() == null ? null : a.retractedAt().toString());
    }
}
