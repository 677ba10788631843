package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;

/**
 * What the traveller gets when the assistant itself fails or runs out of time (seed: Error Handling 8): the
 * destination's emergency numbers, or 112 and 911 said plainly when we cannot even look them up. Its sentences
 * are in this class, not in the message files, so that it works whatever else is broken.
 */
@Singleton
class StaticEmergencyInfo {

    private static final Map<String, String[]> SENTENCES = Map.of(
            "en", new String[] {"The assistant cannot answer right now; please try again in a moment.",
                    "Emergency numbers in %s: %s.", "In an emergency call 112 or 911: most phones connect them to local emergency services.",
                    "police", "ambulance", "fire", "general"},
            "es", new String[] {"El asistente no puede responder ahora; inténtalo de nuevo en un momento.",
                    "Números de emergencia en %s: %s.", "En una emergencia llama al 112 o al 911: la mayoría de los teléfonos los conectan con los servicios de emergencia locales.",
                    "policía", "ambulancia", "bomberos", "general"},
            "fr", new String[] {"L'assistant ne peut pas répondre pour le moment ; réessayez dans un instant.",
                    "Numéros d'urgence (%s) : %s.", "En cas d'urgence, appelez le 112 ou le 911 : la plupart des téléphones les relient aux secours locaux.",
                    "police", "ambulance", "pompiers", "général"},
            "de", new String[] {"Der Assistent kann gerade nicht antworten; bitte versuchen Sie es gleich noch einmal.",
                    "Notrufnummern in %s: %s.", "Im Notfall 112 oder 911 wählen: Die meisten Telefone verbinden damit den örtlichen Notruf.",
                    "Polizei", "Rettungsdienst", "Feuerwehr", "allgemein"});

    private final DestinationCatalogue catalogue;

    StaticEmergencyInfo(DestinationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Answer answer(@Nullable String destinationId, String language) {
        String[] words = SENTENCES.getOrDefault(language, SENTENCES.get("en"));
        DestinationRecord destination = null;
        try {
            destination = catalogue.find(destinationId).orElse(null);
        } catch (RuntimeException e) {
            // The catalogue itself is failing: the worldwide numbers below still help.
        }
        EmergencyNumbersSaid numbers = EmergencyNumbersSaid.of(destination == null ? null : destination.emergency());
        if (destination == null || !numbers.known()) {
            return new Answer(words[0] + " " + words[2], List.of(new AssistantAction(Intent.EMERGENCY.wire(),
                    Map.of("general", EmergencyNumbersSaid.WORLDWIDE, "static", true), "112 / 911")), Intent.EMERGENCY, null);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < EmergencyNumbersSaid.SERVICES.size(); i++) {
            List<String> service = numbers.of(EmergencyNumbersSaid.SERVICES.get(i));
            parts.add(words[3 + i] + " " + String.join("/", service.isEmpty() ? List.of(numbers.fallback()) : service));
        }
        if (numbers.general() != null) {
            parts.add(words[6] + " " + numbers.general());
        }
        Map<String, Object> data = new java.util.LinkedHashMap<>(numbers.data(destination.id()));
        data.put("static", true);
        return new Answer(words[0] + " " + String.format(words[1], countryName(destination, language), String.join(", ", parts)),
                List.of(new AssistantAction(Intent.EMERGENCY.wire(), data, String.join(" · ", parts))), Intent.EMERGENCY, null);
    }

    private static String countryName(DestinationRecord destination, String language) {
        String name = new java.util.Locale("", destination.id()).getDisplayCountry(java.util.Locale.forLanguageTag(language));
        return name.isBlank() || name.equalsIgnoreCase(destination.id()) ? destination.name() : name;
    }
}
