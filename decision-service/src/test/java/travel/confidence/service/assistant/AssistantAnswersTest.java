package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.data.alert.AlertStore;
import travel.confidence.data.alert.NewAlert;
import travel.confidence.data.alert.StoredAlert;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;
import travel.confidence.service.support.Travellers;

/**
 * Each capability answers correctly for at least five countries, in English, Spanish, French and German, with
 * the numbers, phrases, climate, advisories, missions and places of the shipped open data. The clock is fixed
 * on 20 April 2026 and live weather is off, so weather answers give the April climate.
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantAnswersTest implements TestPropertyProvider {

    private static final String MADRID = "40.4165,-3.70256";
    private static final String PUERTA_DEL_SOL = "40.4168,-3.7038";
    private static final String BERLIN = "52.52437,13.41053";
    private static final String PARIS = "48.85341,2.3488";
    private static final String TOKYO = "35.6895,139.69171";
    private static final String BANGKOK = "13.75398,100.50144";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    AlertStore alerts;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private Travellers travellers() {
        return new Travellers(new JsonHttp(server), json);
    }

    /** name, destination, language, question, location ("lat,lng" or null), intent, what the answer must say. */
    static Stream<Arguments> answers() {
        return Stream.of(
                // emergency
                Arguments.of("Germany, English: 112 for every service", "DE", "en", "What is the emergency number?", null,
                        "emergency", List.of("In Germany, call 112 for the police, an ambulance or the fire brigade.")),
                Arguments.of("Spain, Spanish: the police numbers 112, 088, 091 and 092", "ES", "es",
                        "¿Cuál es el número de emergencia?", null, "emergency",
                        List.of("Números de emergencia en España: policía 112, 088, 091 o 092; ambulancia 112; bomberos 112, 085 o 080.",
                                "El número general de emergencias es el 112.")),
                Arguments.of("Japan, French: police 110, ambulance 119", "JP", "fr", "Quel est le numéro de la police ?", null,
                        "emergency", List.of("Pour la police (Japon), appelez le 110.", "ambulance 119", "pompiers 119",
                                "Le numéro d'urgence général est le 112.")),
                Arguments.of("Thailand, German: Polizei 191, Rettungsdienst 1669, Feuerwehr 199", "TH", "de",
                        "Wie ist die Notrufnummer?", null, "emergency",
                        List.of("Notrufnummern (Thailand): Polizei 191; Rettungsdienst 1669; Feuerwehr 199.",
                                "Die allgemeine Notrufnummer ist 911.")),
                Arguments.of("South Korea, English: no ambulance number, so the general number", "KR", "en",
                        "I need an ambulance", null, "emergency",
                        List.of("No ambulance number is listed for South Korea: call the general emergency number 112.",
                                "police 112", "fire brigade 119")),
                Arguments.of("Mexico, Spanish: 911 for everything", "MX", "es", "necesito una ambulancia urgente", null,
                        "emergency", List.of("Para una ambulancia en México, llama al 911.",
                                "En México, llama al 911 para la policía, una ambulancia o los bomberos.")),
                // translation
                Arguments.of("Spain, Spanish: gracias", "ES", "es", "¿Cómo se dice gracias?", null, "translation",
                        List.of("«Gracias» en español (España): Gracias.")),
                Arguments.of("Germany, English: danke", "DE", "en", "How do you say thank you?", null, "translation",
                        List.of("“thank you / thanks” in German (Germany): danke.")),
                Arguments.of("Italy, French: grazie", "IT", "fr", "comment dit-on merci", null, "translation",
                        List.of("« merci » en italien (Italie) : Grazie.")),
                Arguments.of("Greece, German: Ευχαριστώ with its transliteration", "GR", "de", "Wie sagt man danke?", null,
                        "translation", List.of("„danke“ auf Griechisch (Griechenland): Ευχαριστώ (Efharistó).")),
                Arguments.of("Portugal, Spanish: where is the toilet", "PT", "es", "¿Cómo se dice dónde está el baño?", null,
                        "translation", List.of("«¿Dónde está el baño?» en portugués (Portugal): Onde fica a casa de banho?")),
                Arguments.of("Belgium, English: hello in Dutch, French and German", "BE", "en",
                        "how do I say hello in the local language", null, "translation",
                        List.of("“Hello” in Dutch (Belgium): Hallo.", "“Hello” in French (Belgium): salut.",
                                "“Hello” in German (Belgium): Hallo.")),
                Arguments.of("Japan, English: Japanese is not in the phrasebook", "JP", "en", "How do you say thank you?", null,
                        "translation", List.of("Our phrasebook has no Japanese, the language of Japan, so I cannot give you "
                                + "“thank you / thanks” reliably.")),
                // weather: live weather is off, so the April climate (CRU 1991-2020)
                Arguments.of("Spain, English: April climate", "ES", "en", "What's the weather like?", null, "weather",
                        List.of("Live forecasts are switched off", "In April, Spain averages 12 °C", "to 17.5 °C) with 58.1 mm",
                                "not a forecast", "No weather alerts are in force for Spain.")),
                Arguments.of("Germany, German: April climate with a decimal comma", "DE", "de", "Wie ist das Wetter morgen?",
                        null, "weather", List.of("Im April liegt der Durchschnitt (Deutschland) bei 9,3 °C (von 4,3 bis 14,3 °C)"
                                + " mit 40,4 mm Niederschlag im Monat")),
                Arguments.of("Japan, French: April climate", "JP", "fr", "Quel temps fait-il demain ?", null, "weather",
                        List.of("En avril, la moyenne du pays (Japon)", "15 °C) avec 120,6 mm de pluie")),
                Arguments.of("Mexico, Spanish: April climate", "MX", "es", "¿Qué tiempo hace mañana?", null, "weather",
                        List.of("En abril, México tiene una media de 22,3 °C (de 14 a 30,7 °C) y 16,6 mm de lluvia")),
                Arguments.of("Thailand, English: April climate", "TH", "en", "Will it rain today?", null, "weather",
                        List.of("In April, Thailand averages 29.3 °C (from 23.6 to 35.1 °C) with 93 mm of rain")),
                // safety: advisories and the nearest missions
                Arguments.of("Japan, English: level 1 of 4 everywhere, missions near Tokyo", "JP", "en", "Is it safe here?", TOKYO,
                        "safety", List.of("No alerts are in force near you.",
                                "U.S. Department of State: level 1 of 4", "Global Affairs Canada: level 1 of 4",
                                "Australian Smartraveller: level 1 of 4", "Nearest embassies and consulates",
                                "Bulgaria, embassy (Tokyo, 1.7 km")),
                Arguments.of("Mexico, Spanish: Canada and Australia at level 2", "MX", "es", "¿Es seguro este barrio?", null,
                        "safety", List.of("Global Affairs Canada: nivel 2 de 4", "Australian Smartraveller: nivel 2 de 4",
                                "Embajadas y consulados en México, primero los más cercanos a la capital")),
                Arguments.of("Spain, French: advisories and the embassy nearest to Puerta del Sol", "ES", "fr",
                        "Est-ce dangereux ici ?", PUERTA_DEL_SOL, "safety",
                        List.of("U.S. Department of State : niveau 2 sur 4", "Australian Smartraveller : niveau 1 sur 4",
                                "Ambassades et consulats les plus proches", "Mexique, embassy (Madrid")),
                Arguments.of("Germany, German: level 2 and missions in Berlin", "DE", "de", "Ist es hier sicher?", BERLIN,
                        "safety", List.of("U.S. Department of State: Stufe 2 von 4", "Niederlande, embassy (Mitte, 1 km")),
                Arguments.of("Thailand, English: level 2 of 4", "TH", "en", "Are there any safety alerts near me?", BANGKOK,
                        "safety", List.of("U.S. Department of State: level 2 of 4", "No alerts are in force near you.")),
                // navigation: straight-line distance, direction and time at the README's speeds
                Arguments.of("Spain, English: Sevilla from Madrid", "ES", "en", "How far is Sevilla?", MADRID, "navigation",
                        List.of("Sevilla (Andalusia, Spain) is 390 km away in a straight line, to the south-west.",
                                "It is too far to walk.", "By train or coach at about 60 km/h on average: about 6 h 30 min.")),
                Arguments.of("Germany, Spanish: Hamburg from Berlin", "DE", "es", "¿A qué distancia está Hamburg?", BERLIN,
                        "navigation", List.of("Hamburg (Alemania) está a 255 km en línea recta, en dirección noroeste.")),
                Arguments.of("France, German: Lyon from Paris", "FR", "de", "Wie weit ist es nach Lyon?", PARIS, "navigation",
                        List.of("Lyon (Rhône-Alpes, Frankreich) ist 393 km Luftlinie entfernt, Richtung Südosten.",
                                "Zu Fuß ist es zu weit.", "etwa 6 Std. 33 Min.")),
                Arguments.of("Japan, French: Osaka from Tokyo", "JP", "fr", "Comment aller à Osaka ?", TOKYO, "navigation",
                        List.of("Osaka (Japon) est à 397 km", "direction ouest.")),
                Arguments.of("Mexico, English: hospitals are not in the data, so call 911", "MX", "en",
                        "Where is the nearest hospital?", "19.42847,-99.12766", "navigation",
                        List.of("I do not have the locations of hospitals", "In an emergency, call 911 for an ambulance.",
                                "To ask the way in Spanish: “Hospital”.")),
                Arguments.of("Spain, German: the embassy of France from Puerta del Sol", "ES", "de",
                        "Wie komme ich zur Botschaft von Frankreich?", PUERTA_DEL_SOL, "navigation",
                        List.of("Frankreich, embassy (Madrid", "ist 1,3 km Luftlinie entfernt, Richtung Osten.",
                                "Zu Fuß mit 4,5 km/h: etwa 17 Min.")),
                Arguments.of("Portugal, English: Porto without the traveller's location", "PT", "en", "How far is Porto?", null,
                        "navigation", List.of("Porto (Portugal). Share your location and I will tell you how far it is")),
                Arguments.of("Spain, English: a place we do not know", "ES", "en", "how do I get to Atlantis", MADRID,
                        "navigation", List.of("I could not find that place.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void each_capability_answers_from_the_shipped_data(String name, String destination, String language, String question,
                                                       String location, String intent, List<String> says) {
        String user = "traveller-" + destination + "-" + language;
        travellers().onTrip(user, destination);

        AssistantResponse answer = travellers().answer(user, destination, language, question, location, null);

        assertThat(answer.intent()).isEqualTo(intent);
        assertThat(answer.language()).isEqualTo(language);
        assertThat(answer.answeredBy()).isEqualTo("rules");
        assertThat(answer.response()).contains(says);
        assertThat(answer.actions()).extracting(AssistantAction::type).contains(intent);
        assertThat(answer.actions()).allSatisfy(a -> assertThat(a.displayText()).isNotBlank());
        assertThat(answer.conversationId()).isNotBlank();
        assertThat(answer.responseTime()).isBetween(0L, 2000L);
    }

    @Test
    void the_emergency_action_carries_the_numbers_and_their_source() {
        travellers().onTrip("numbers-es", "ES");

        AssistantResponse answer = travellers().answer("numbers-es", "ES", "en", "what's the police number?", null, null);

        assertThat(answer.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo("emergency");
            assertThat(action.data()).containsEntry("police", List.of("112", "088", "091", "092"))
                    .containsEntry("ambulance", List.of("112")).containsEntry("general", "112")
                    .containsEntry("source", "Android Open Source Project emergency number database");
            assertThat(action.displayText()).isEqualTo("Police 112/088/091/092 · Ambulance 112 · Fire 112/085/080");
        });
        assertThat(answer.response()).startsWith("For the police in Spain, call 112, 088, 091 or 092.");
    }

    @Test
    void a_weather_alert_in_force_is_said_before_the_climate() {
        StoredAlert storm = alerts.post(new NewAlert("FR", "weather", "high", "Violent storms on the Atlantic coast",
                "Météo-France", Instant.parse("2026-04-20T05:00:00Z"), Instant.parse("2026-04-23T00:00:00Z"), null, null,
                null, StoredAlert.OPERATOR));
        try {
            travellers().onTrip("storm-fr", "FR");

            AssistantResponse answer = travellers().answer("storm-fr", "FR", "en", "What is the weather tomorrow?", PARIS, null);

            assertThat(answer.response()).startsWith(
                    "Weather alerts in force for France: Violent storms on the Atlantic coast (high).");
            assertThat(answer.response()).contains("In April, France averages");
            assertThat(answer.actions()).singleElement().satisfies(a ->
                    assertThat((List<?>) a.data().get("alerts")).hasSize(1));
        } finally {
            alerts.retract(storm.id());
        }
    }

    @Test
    void alerts_whose_area_holds_or_nears_the_traveller_are_said_with_the_distance_to_their_edge() {
        StoredAlert flooding = alerts.post(new NewAlert("TH", "safety", "high", "Flooding in central Bangkok",
                "Operator desk", Instant.parse("2026-04-20T05:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"),
                13.75398, 100.50144, 5.0, StoredAlert.OPERATOR));
        StoredAlert protest = alerts.post(new NewAlert("TH", "geopolitical", "medium", "Protests near Ayutthaya",
                "Operator desk", Instant.parse("2026-04-20T05:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"),
                14.35, 100.57, 20.0, StoredAlert.OPERATOR));
        StoredAlert farAway = alerts.post(new NewAlert("TH", "safety", "low", "Landslides in Chiang Mai province",
                "Operator desk", Instant.parse("2026-04-20T05:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"),
                18.79, 98.98, 20.0, StoredAlert.OPERATOR));
        try {
            travellers().onTrip("zones-th", "TH");

            AssistantResponse answer = travellers().answer("zones-th", "TH", "en", "Where are the safe zones?", BANGKOK, null);

            assertThat(answer.response()).contains(
                    "You are inside the area of this alert: Flooding in central Bangkok (safety, high, Operator desk).",
                    "About 47 km from the area of this alert: Protests near Ayutthaya (geopolitical, medium, Operator desk).");
            assertThat(answer.response()).doesNotContain("Chiang Mai");
            assertThat(answer.actions()).singleElement().satisfies(a -> {
                assertThat(a.displayText()).isEqualTo("Advisory level 2 of 4 · Alerts near you: 2");
                assertThat((List<?>) a.data().get("alerts")).hasSize(2);
            });
        } finally {
            List.of(flooding, protest, farAway).forEach(a -> alerts.retract(a.id()));
        }
    }
}
