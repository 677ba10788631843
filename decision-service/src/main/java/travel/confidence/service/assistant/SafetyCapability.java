package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.data.alert.AlertStore;
import travel.confidence.data.alert.StoredAlert;
import travel.confidence.data.destination.Advisory;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.context.Distances;
import travel.confidence.service.score.ContextSource.Location;

/**
 * Safe zones and safety: the alerts in force whose area holds the traveller or lies near them (distance to the
 * area's edge), alerts for the whole destination, each government's advisory level and words, and the
 * nearest embassies and consulates. We do not know the traveller's nationality, so the nearest missions of any
 * country are listed with their operator, city, distance and contact.
 */
@Singleton
class SafetyCapability implements Capability {

    private final AlertStore alerts;
    private final NearbyMissions missions;
    private final Messages messages;
    private final Wording wording;
    private final AssistantSettings settings;

    SafetyCapability(AlertStore alerts, NearbyMissions missions, Messages messages, Wording wording,
                     AssistantSettings settings) {
        this.alerts = alerts;
        this.missions = missions;
        this.messages = messages;
        this.wording = wording;
        this.settings = settings;
    }

    @Override
    public Intent intent() {
        return Intent.SAFETY;
    }

    /** An alert with the distance from the traveller to its area's edge (0 inside; null without area or position). */
    private record Placed(StoredAlert alert, Double kmToEdge) {
    }

    @Override
    public Answer answer(Question q) {
        String language = q.language();
        DestinationRecord destination = q.destination();
        String country = wording.country(destination, language);
        Location here = q.location();
        List<Placed> placed = alerts.active(destination.id(), q.now()).stream()
                .map(a -> new Placed(a, here == null || !a.hasArea() ? null
                        : Math.max(0, Distances.km(here.latitude(), here.longitude(), a.latitude(), a.longitude()) - a.radiusKm())))
                .sorted(Comparator.comparing((Placed p) -> p.kmToEdge() == null ? Double.MAX_VALUE : p.kmToEdge()))
                .toList();

        List<String> sentences = new ArrayList<>();
        List<Map<String, Object>> alertData = new ArrayList<>();
        int near = 0;
        boolean areaWithoutPosition = false;
        for (Placed p : placed) {
            StoredAlert a = p.alert();
            String said = a.message() + " (" + messages.template(language, "alertType." + a.type()) + ", "
                    + messages.template(language, "severity." + a.severity()) + ", " + a.source() + ")";
            if (!a.hasArea()) {
                sentences.add(messages.text(language, "safety.countryWide", "country", country, "alert", said));
            } else if (p.kmToEdge() == null) {
                areaWithoutPosition = true;
                sentences.add(messages.text(language, "safety.area", "alert", said));
            } else if (p.kmToEdge() == 0) {
                near++;
                sentences.add(messages.text(language, "safety.inside", "alert", said));
            } else if (p.kmToEdge() <= settings.nearbyAlertKm()) {
                near++;
                sentences.add(messages.text(language, "safety.near", "km", wording.km(p.kmToEdge(), language),
                        "alert", said));
            } else {
                continue;
            }
            alertData.add(alertData(a, p.kmToEdge()));
        }
        if (alertData.isEmpty()) {
            sentences.add(here != null ? messages.text(language, "safety.noAlertsNear", "country", country)
                    : messages.text(language, "safety.noAlerts", "country", country));
        }
        if (areaWithoutPosition) {
            sentences.add(messages.template(language, "safety.shareLocation"));
        }

        List<Advisory> advisories = destination.advisories();
        if (advisories.isEmpty()) {
            sentences.add(messages.text(language, "safety.noAdvisories", "country", country));
        } else {
            List<String> said = advisories.stream().map(a -> a.level() == null
                    ? messages.text(language, "safety.advisoryText", "government", a.government(), "text", a.text())
                    : messages.text(language, "safety.advisory", "government", a.government(), "level", a.level(),
                    "text", a.text() == null ? "" : a.text())).toList();
            sentences.add(messages.text(language, "safety.advisories", "country", country, "advisories",
                    String.join("; ", said)));
        }

        List<NearbyMissions.Nearby> nearest = missions.nearest(destination, here, null, settings.missions());
        if (nearest.isEmpty()) {
            sentences.add(messages.text(language, "safety.noMissions", "country", country));
        } else {
            List<String> said = nearest.stream().map(n -> missions.describe(n, language, here != null)).toList();
            sentences.add(messages.text(language, here != null ? "safety.missions" : "safety.missionsNoLocation",
                    "country", country, "missions", String.join("; ", said)));
        }

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("destinationId", destination.id());
        data.put("alerts", alertData);
        data.put("advisories", advisories.stream().map(SafetyCapability::advisoryData).toList());
        data.put("missions", nearest.stream().map(missions::data).toList());
        data.put("missionsSource", missions.source());
        int highest = advisories.stream().filter(a -> a.level() != null).mapToInt(Advisory::level).max().orElse(0);
        String display = (highest > 0 ? messages.text(language, "safety.display.level", "level", highest) + " · " : "")
                + messages.text(language, "safety.display.alerts", "count", here != null ? near : alertData.size());
        return new Answer(String.join(" ", sentences), List.of(new AssistantAction(Intent.SAFETY.wire(), data, display)),
                Intent.SAFETY, q.topic());
    }

    private static Map<String, Object> alertData(StoredAlert a, Double kmToEdge) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id());
        data.put("type", a.type());
        data.put("severity", a.severity());
        data.put("message", a.message());
        data.put("source", a.source());
        if (a.hasArea()) {
            data.put("area", Map.of("latitude", a.latitude(), "longitude", a.longitude(), "radiusKm", a.radiusKm()));
        }
        if (kmToEdge != null) {
            data.put("distanceKm", Math.round(kmToEdge * 10) / 10.0);
            data.put("inside", kmToEdge == 0);
        }
        return data;
    }

    private static Map<String, Object> advisoryData(Advisory a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("government", a.government());
        data.put("level", a.level());
        data.put("text", a.text());
        data.put("updated", a.updated());
        return data;
    }
}
