package travel.confidence.service.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import travel.confidence.api.score.Alert;
import travel.confidence.data.alert.AlertStore;
import travel.confidence.data.alert.StoredAlert;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.alert.AlertViews;
import travel.confidence.service.score.ContextSnapshot;
import travel.confidence.service.score.ContextSource;

/**
 * The alerts in force for the destination that will still be in force when the trip starts (an alert that
 * expires before departure does not concern this trip): one signal per type and
 * severity (how many), and, when the traveller's location is known, the distance from it to each alert's
 * area. Every such alert is shown in the response.
 */
@Singleton
class AlertContext implements ContextSource, Ordered {

    private static final int DETAIL_MESSAGE_LENGTH = 160;

    private final AlertStore store;
    private final Clock clock;

    AlertContext(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location) {
        Instant now = clock.instant();
        Instant tripStart = trip.getStartDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<StoredAlert> relevant = store.active(destinationId, now).stream()
                .filter(a -> a.expiresAt().isAfter(tripStart))
                .sorted(Comparator.comparing(StoredAlert::issuedAt).reversed().thenComparing(StoredAlert::id))
                .toList();
        List<Object> signals = new ArrayList<>();
        Map<String, List<StoredAlert>> byTypeAndSeverity = new LinkedHashMap<>();
        relevant.forEach(a -> byTypeAndSeverity.computeIfAbsent(a.type() + "/" + a.severity(), k -> new ArrayList<>()).add(a));
        byTypeAndSeverity.values().forEach(group -> {
            StoredAlert first = group.get(0);
            signals.add(new ContextSignal(ContextSignal.ACTIVE_ALERTS, first.type(), first.severity(), group.size(),
                    group.stream().map(a -> shorten(a.message())).collect(Collectors.joining("; ")),
                    group.stream().map(StoredAlert::source).distinct().collect(Collectors.joining(", ")),
                    first.issuedAt().toString()));
        });
        StringBuilder version = new StringBuilder("alerts:");
        relevant.forEach(a -> version.append(a.id()).append(','));
        if (location != null) {
            for (StoredAlert alert : relevant) {
                if (!alert.hasArea()) {
                    continue;
                }
                double toCentre = Distances.km(location.latitude(), location.longitude(), alert.latitude(), alert.longitude());
                double toEdge = Math.round(Math.max(0, toCentre - alert.radiusKm()) * 10) / 10.0;
                String detail = toEdge == 0 ? shorten(alert.message())
                        : String.format(Locale.ROOT, "about %.0f km from its edge: %s", toEdge, shorten(alert.message()));
                signals.add(new ContextSignal(ContextSignal.ALERT_DISTANCE_KM, alert.type(), alert.severity(), toEdge,
                        detail, alert.source(), alert.issuedAt().toString()));
                version.append(alert.id()).append('@').append(toEdge).append(',');
            }
        }
        List<Alert> shown = relevant.stream().map(AlertViews::toApi).toList();
        return new ContextSnapshot(signals, shown, List.of(), version.toString());
    }

    private static String shorten(String message) {
        String text = message == null ? "" : message.strip();
        return text.length() <= DETAIL_MESSAGE_LENGTH ? text : text.substring(0, DETAIL_MESSAGE_LENGTH - 1) + "…";
    }

    @Override
    public int getOrder() {
        return 20;
    }
}
