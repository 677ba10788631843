package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.place.DiplomaticMission;
import travel.confidence.data.place.MissionDirectory;
import travel.confidence.service.context.Distances;
import travel.confidence.service.score.ContextSource.Location;

/**
 * The embassies and consulates a destination hosts, nearest first from the traveller (or from the capital when
 * the traveller's position is unknown), optionally only those of one sending country. Wikidata names no
 * mission, so a mission is said as its operator and type: "Germany, embassy, Madrid".
 */
@Singleton
class NearbyMissions {

    /** A mission and how far it is from where we measured (null when we could not measure). */
    record Nearby(DiplomaticMission mission, @Nullable Double km, @Nullable Double bearing) {
    }

    private final MissionDirectory missions;
    private final Messages messages;
    private final Wording wording;

    NearbyMissions(MissionDirectory missions, Messages messages, Wording wording) {
        this.missions = missions;
        this.messages = messages;
        this.wording = wording;
    }

    List<Nearby> nearest(DestinationRecord destination, @Nullable Location from, @Nullable String operatorIso2, int limit) {
        Location origin = from != null ? from : destination.capital() == null ? null
                : new Location(destination.capital().latitude(), destination.capital().longitude());
        return missions.inCountry(destination.id()).stream()
                .filter(m -> operatorIso2 == null || operatorIso2.equals(m.operatorIso2()))
                .map(m -> origin == null ? new Nearby(m, null, null)
                        : new Nearby(m, Distances.km(origin.latitude(), origin.longitude(), m.latitude(), m.longitude()),
                        Bearings.degrees(origin.latitude(), origin.longitude(), m.latitude(), m.longitude())))
                .sorted(Comparator.comparing((Nearby n) -> n.km() == null ? Double.MAX_VALUE : n.km())
                        .thenComparing(n -> n.mission().wikidataId()))
                .limit(limit)
                .toList();
    }

    /** "Germany, embassy (Madrid, 3.2 km; +34 ..., https://...)". */
    String describe(Nearby nearby, String language, boolean withDistance) {
        DiplomaticMission m = nearby.mission();
        StringBuilder details = new StringBuilder();
        if (m.city() != null) {
            details.append(m.city());
        }
        if (withDistance && nearby.km() != null) {
            append(details, ", ", wording.km(nearby.km(), language) + " km");
        }
        if (m.phone() != null) {
            append(details, "; ", m.phone());
        }
        if (m.website() != null) {
            append(details, "; ", m.website());
        }
        return messages.text(language, "mission", "operator", operator(m, language), "type", m.type())
                + (details.length() == 0 ? "" : " (" + details + ")");
    }

    String operator(DiplomaticMission m, String language) {
        return wording.country(m.operatorIso2(), m.operator(), language);
    }

    Map<String, Object> data(Nearby nearby) {
        DiplomaticMission m = nearby.mission();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("wikidataId", m.wikidataId());
        data.put("type", m.type());
        data.put("operator", m.operator());
        data.put("operatorIso2", m.operatorIso2());
        data.put("city", m.city());
        data.put("latitude", m.latitude());
        data.put("longitude", m.longitude());
        if (nearby.km() != null) {
            data.put("distanceKm", Math.round(nearby.km() * 10) / 10.0);
        }
        if (m.phone() != null) {
            data.put("phone", m.phone());
        }
        if (m.website() != null) {
            data.put("website", m.website());
        }
        return data;
    }

    String source() {
        return missions.source();
    }

    private static void append(StringBuilder builder, String separator, String text) {
        if (builder.length() > 0) {
            builder.append(separator);
        }
        builder.append(text);
    }
}
