package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import travel.confidence.data.destination.EmergencyNumbers;

/**
 * A destination's emergency numbers split into lists ("112|088|091" is three numbers) and the services with
 * none listed. Shared by the emergency answer and the static fallback, so both say the same numbers.
 */
record EmergencyNumbersSaid(List<String> police, List<String> ambulance, List<String> fire,
                            @Nullable String allServices, String general, List<String> unknown,
                            @Nullable String source, @Nullable String asOf) {

    static final List<String> SERVICES = List.of("police", "ambulance", "fire");
    /** What phones dial when nothing else is known; said when a destination has no numbers at all. */
    static final List<String> WORLDWIDE = List.of("112", "911");

    static EmergencyNumbersSaid of(@Nullable EmergencyNumbers numbers) {
        if (numbers == null) {
            return new EmergencyNumbersSaid(List.of(), List.of(), List.of(), null, null, SERVICES, null, null);
        }
        List<String> police = split(numbers.police());
        List<String> ambulance = split(numbers.ambulance());
        List<String> fire = split(numbers.fire());
        List<String> unknown = new java.util.ArrayList<>();
        if (police.isEmpty()) {
            unknown.add("police");
        }
        if (ambulance.isEmpty()) {
            unknown.add("ambulance");
        }
        if (fire.isEmpty()) {
            unknown.add("fire");
        }
        return new EmergencyNumbersSaid(police, ambulance, fire, numbers.allServices(), numbers.general(),
                List.copyOf(unknown), numbers.source(), numbers.asOf());
    }

    boolean known() {
        return general != null || unknown.size() < SERVICES.size();
    }

    List<String> of(String service) {
        return switch (service) {
            case "police" -> police;
            case "ambulance" -> ambulance;
            case "fire" -> fire;
            default -> List.of();
        };
    }

    /** The number to call when a service has none: the general number, else the first worldwide one. */
    String fallback() {
        return general != null ? general : WORLDWIDE.get(0);
    }

    Map<String, Object> data(String destinationId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("destinationId", destinationId);
        data.put("police", police);
        data.put("ambulance", ambulance);
        data.put("fire", fire);
        if (allServices != null) {
            data.put("allServices", allServices);
        }
        data.put("general", general != null ? general : WORLDWIDE);
        data.put("unknown", unknown);
        if (source != null) {
            data.put("source", source);
            data.put("asOf", asOf);
        }
        return data;
    }

    private static List<String> split(@Nullable String numbers) {
        if (numbers == null || numbers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(numbers.split("\\|")).map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }
}
