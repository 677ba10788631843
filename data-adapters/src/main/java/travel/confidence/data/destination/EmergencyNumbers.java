package travel.confidence.data.destination;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Emergency numbers from the AOSP emergency-call database. Any number may be null when unknown;
 * {@code general} is the number a phone dials when nothing else is known (112 or 911).
 */
@Serdeable
public record EmergencyNumbers(String police, String ambulance, String fire, String allServices, String general,
                               String source, String asOf) {
}
