package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.data.destination.DestinationRecord;

/**
 * The destination's police, ambulance and fire numbers and its general emergency number (AOSP emergency
 * numbers). A service with no number listed is said plainly, with the general number to call instead.
 */
@Singleton
class EmergencyCapability implements Capability {

    private final Messages messages;
    private final Wording wording;

    EmergencyCapability(Messages messages, Wording wording) {
        this.messages = messages;
        this.wording = wording;
    }

    @Override
    public Intent intent() {
        return Intent.EMERGENCY;
    }

    @Override
    public Answer answer(Question q) {
        String topic = q.topic() != null && EmergencyNumbersSaid.SERVICES.contains(q.topic()) ? q.topic() : null;
        return new Answer(text(q.destination(), q.language(), topic), List.of(action(q.destination(), q.language())),
                Intent.EMERGENCY, topic);
    }

    /** The emergency answer about one service ("police"), or about all when {@code service} is null. */
    String text(DestinationRecord destination, String language, String service) {
        EmergencyNumbersSaid numbers = EmergencyNumbersSaid.of(destination.emergency());
        String country = wording.country(destination, language);
        if (!numbers.known()) {
            return messages.text(language, "emergency.none", "country", country);
        }
        List<String> sentences = new ArrayList<>();
        if (service != null && !numbers.of(service).isEmpty()) {
            sentences.add(messages.text(language, "emergency.lead." + service, "country", country,
                    "numbers", wording.either(numbers.of(service), language)));
        }
        if (numbers.allServices() != null) {
            sentences.add(messages.text(language, "emergency.all", "country", country, "number", numbers.allServices()));
        } else {
            List<String> known = new ArrayList<>();
            for (String s : EmergencyNumbersSaid.SERVICES) {
                if (!numbers.of(s).isEmpty()) {
                    known.add(messages.text(language, "emergency.service", "service",
                            messages.template(language, "service." + s), "numbers", wording.either(numbers.of(s), language)));
                }
            }
            sentences.add(messages.text(language, "emergency.list", "country", country, "list", String.join("; ", known)));
            if (numbers.general() != null) {
                sentences.add(messages.text(language, "emergency.general", "number", numbers.general()));
            }
        }
        for (String missing : numbers.unknown()) {
            sentences.add(messages.text(language, "emergency.missing." + missing, "country", country,
                    "number", numbers.fallback()));
        }
        return String.join(" ", sentences);
    }

    AssistantAction action(DestinationRecord destination, String language) {
        EmergencyNumbersSaid numbers = EmergencyNumbersSaid.of(destination.emergency());
        String display;
        if (!numbers.known()) {
            display = String.join(" / ", EmergencyNumbersSaid.WORLDWIDE);
        } else if (numbers.allServices() != null) {
            display = messages.text(language, "emergency.display.all", "number", numbers.allServices());
        } else {
            List<String> parts = new ArrayList<>();
            for (String s : EmergencyNumbersSaid.SERVICES) {
                parts.add(messages.template(language, "label." + s) + " "
                        + (numbers.of(s).isEmpty() ? numbers.fallback() : String.join("/", numbers.of(s))));
            }
            display = String.join(" · ", parts);
        }
        return new AssistantAction(Intent.EMERGENCY.wire(), numbers.data(destination.id()), display);
    }
}
