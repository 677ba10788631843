package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.phrasebook.Phrase;
import travel.confidence.data.phrasebook.Phrasebook;
import travel.confidence.data.place.City;
import travel.confidence.data.place.CityDirectory;
import travel.confidence.data.place.CityMatch;
import travel.confidence.service.context.Distances;
import travel.confidence.service.score.ContextSource.Location;

/**
 * Distance, compass direction and walking and transit estimates from the traveller to a named city (GeoNames:
 * cities of 100,000 people or more and every capital, those of the current destination first) or to an
 * embassy or consulate. Distances are straight lines; the estimates use the speeds in {@link AssistantSettings}.
 * Hospitals, police stations, pharmacies and toilets are not in our data: we say so, give the emergency
 * number where one applies and the phrase to ask the way, and never invent a place.
 */
@Singleton
class NavigationCapability implements Capability {

    /** Kinds of place the data does not hold, with the phrase to ask for one and the emergency service to call. */
    private static final Map<String, String[]> NOT_IN_DATA = Map.of(
            "hospital", new String[] {"hospital", "ambulance"},
            "police_station", new String[] {"police_station", "police"},
            "pharmacy", new String[] {"pharmacy", null},
            "toilet", new String[] {"where_is_toilet", null});
    private static final Set<String> EMBASSY = Set.of("embassy");

    private final CityDirectory cities;
    private final NearbyMissions missions;
    private final CountryNames countries;
    private final Phrasebook phrasebook;
    private final EmergencyCapability emergency;
    private final Messages messages;
    private final Wording wording;
    private final AssistantSettings settings;

    NavigationCapability(CityDirectory cities, NearbyMissions missions, CountryNames countries, Phrasebook phrasebook,
                         EmergencyCapability emergency, Messages messages, Wording wording, AssistantSettings settings) {
        this.cities = cities;
        this.missions = missions;
        this.countries = countries;
        this.phrasebook = phrasebook;
        this.emergency = emergency;
        this.messages = messages;
        this.wording = wording;
        this.settings = settings;
    }

    @Override
    public Intent intent() {
        return Intent.NAVIGATION;
    }

    @Override
    public Answer answer(Question q) {
        Optional<CityMatch> city = cities.findIn(q.text(), q.destination().id());
        String topic = q.topic();
        // "and to Porto?" after "where is the nearest hospital": the city named now wins over the earlier topic.
        if (topic != null && q.understood().followUp() && city.isPresent()) {
            topic = null;
        }
        if (topic != null && NOT_IN_DATA.containsKey(topic)) {
            return notInData(q, topic);
        }
        if (topic != null && EMBASSY.contains(topic)) {
            return toMission(q);
        }
        if (city.isEmpty()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("found", false);
            data.put("searched", cities.source());
            return new Answer(messages.text(q.language(), "nav.unknownPlace"),
                    List.of(new AssistantAction(Intent.NAVIGATION.wire(), data,
                            messages.template(q.language(), "nav.display.unknown"))), Intent.NAVIGATION, null);
        }
        return toCity(q, city.get().city());
    }

    private Answer toCity(Question q, City city) {
        String language = q.language();
        String country = wording.country(city.countryIso2(), city.countryIso2(), language);
        String place = city.region() == null || city.region().equals(city.name())
                ? city.name() + " (" + country + ")" : city.name() + " (" + city.region() + ", " + country + ")";
        Map<String, Object> placeData = new LinkedHashMap<>();
        placeData.put("kind", "city");
        placeData.put("name", city.name());
        placeData.put("region", city.region());
        placeData.put("countryIso2", city.countryIso2());
        placeData.put("latitude", city.latitude());
        placeData.put("longitude", city.longitude());
        placeData.put("source", cities.source());
        return route(q, place, city.name(), city.latitude(), city.longitude(), placeData);
    }

    private Answer toMission(Question q) {
        String language = q.language();
        DestinationRecord destination = q.destination();
        Optional<String> operator = countries.namedIn(q.text(), destination.id());
        List<NearbyMissions.Nearby> found = missions.nearest(destination, q.location(), operator.orElse(null), 1);
        String country = wording.country(destination, language);
        if (found.isEmpty()) {
            String text = operator.map(o -> messages.text(language, "nav.noMissionOf", "operator",
                            wording.country(o, o, language), "country", country))
                    .orElseGet(() -> messages.text(language, "safety.noMissions", "country", country));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("found", false);
            data.put("operatorIso2", operator.orElse(null));
            return new Answer(text, List.of(new AssistantAction(Intent.NAVIGATION.wire(), data,
                    messages.template(language, "nav.display.unknown"))), Intent.NAVIGATION, "embassy");
        }
        NearbyMissions.Nearby nearest = found.get(0);
        Map<String, Object> placeData = new LinkedHashMap<>(missions.data(nearest));
        placeData.put("kind", "mission");
        placeData.put("source", missions.source());
        String described = missions.describe(nearest, language, false);
        Answer answer = route(q, described, missions.operator(nearest.mission(), language) + " · " + nearest.mission().type(),
                nearest.mission().latitude(), nearest.mission().longitude(), placeData);
        String lead = operator.isPresent() ? "" : messages.template(language, "nav.anyMission") + " ";
        return new Answer(lead + answer.text(), answer.actions(), Intent.NAVIGATION, "embassy");
    }

    private Answer route(Question q, String place, String shortName, double lat, double lon, Map<String, Object> placeData) {
        String language = q.language();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("found", true);
        data.put("place", placeData);
        Location here = q.location();
        if (here == null) {
            data.put("needsLocation", true);
            return new Answer(messages.text(language, "nav.noLocation", "place", place),
                    List.of(new AssistantAction(Intent.NAVIGATION.wire(), data, shortName)), Intent.NAVIGATION, q.topic());
        }
        double km = Distances.km(here.latitude(), here.longitude(), lat, lon);
        double bearing = Bearings.degrees(here.latitude(), here.longitude(), lat, lon);
        String direction = wording.compass(bearing, language);
        List<String> sentences = new ArrayList<>();
        sentences.add(messages.text(language, "nav.route", "place", place, "km", wording.km(km, language),
                "direction", direction));
        data.put("distanceKm", Math.round(km * 10) / 10.0);
        data.put("bearingDegrees", Math.round(bearing));
        data.put("compass", Wording.compassPoint(bearing));
        Map<String, Object> assumptions = new LinkedHashMap<>();
        if (km <= settings.maxWalkingKm()) {
            long walking = Math.round(km / settings.walkingKmh() * 60);
            sentences.add(messages.text(language, "nav.walk", "speed", wording.number(settings.walkingKmh(), language),
                    "time", wording.duration(walking, language)));
            data.put("walkingMinutes", walking);
        } else {
            sentences.add(messages.template(language, "nav.tooFarToWalk"));
        }
        assumptions.put("walkingKmh", settings.walkingKmh());
        if (km >= settings.transitFromKm()) {
            boolean intercity = km >= settings.intercityFromKm();
            double speed = intercity ? settings.intercityKmh() : settings.transitKmh();
            long transit = Math.round(km / speed * 60);
            sentences.add(messages.text(language, intercity ? "nav.intercity" : "nav.transit",
                    "speed", wording.number(speed, language), "time", wording.duration(transit, language)));
            data.put("transitMinutes", transit);
            assumptions.put(intercity ? "intercityKmh" : "transitKmh", speed);
        }
        assumptions.put("distance", "straight line");
        data.put("assumptions", assumptions);
        String display = shortName + " · " + wording.km(km, language) + " km · " + direction;
        return new Answer(String.join(" ", sentences), List.of(new AssistantAction(Intent.NAVIGATION.wire(), data, display)),
                Intent.NAVIGATION, q.topic());
    }

    private Answer notInData(Question q, String topic) {
        String language = q.language();
        DestinationRecord destination = q.destination();
        String[] what = NOT_IN_DATA.get(topic);
        List<String> sentences = new ArrayList<>();
        sentences.add(messages.template(language, "nav.notInData." + topic));
        List<AssistantAction> actions = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("found", false);
        data.put("placeType", topic);
        if (what[1] != null) {
            EmergencyNumbersSaid numbers = EmergencyNumbersSaid.of(destination.emergency());
            List<String> service = numbers.of(what[1]);
            sentences.add(messages.text(language, "nav.call." + what[1], "numbers",
                    wording.either(service.isEmpty() ? List.of(numbers.fallback()) : service, language)));
        }
        Optional<Phrase> ask = TranslationCapability.localLanguages(destination).stream()
                .map(l -> phrasebook.find(what[0], l)).flatMap(Optional::stream).findFirst();
        ask.ifPresent(p -> {
            sentences.add(messages.text(language, "nav.askLocally", "language",
                    wording.language(p.language(), p.languageName(), language), "phrase",
                    p.transliteration() == null ? p.text() : p.text() + " (" + p.transliteration() + ")"));
            data.put("askPhrase", Map.of("language", p.language(), "text", p.text()));
        });
        actions.add(new AssistantAction(Intent.NAVIGATION.wire(), data, messages.template(language, "nav.display.notInData")));
        if (what[1] != null) {
            actions.add(emergency.action(destination, language));
        }
        return new Answer(String.join(" ", sentences), actions, Intent.NAVIGATION, topic);
    }
}
