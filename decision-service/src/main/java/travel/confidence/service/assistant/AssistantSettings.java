package travel.confidence.service.assistant;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The in-trip assistant.
 *
 * @param sla             the seed's 2 s: an answer (or the static emergency information) is sent within it
 * @param threads         threads that answer questions and talk to the stores and the language model
 * @param walkingKmh      assumed walking speed for time estimates
 * @param maxWalkingKm    beyond this straight-line distance no walking time is given
 * @param transitKmh      assumed average door-to-door speed of city public transport, waits included
 * @param transitFromKm   below this straight-line distance only walking is estimated: transit would not pay
 * @param intercityKmh    assumed average speed of intercity trains and coaches, beyond {@code intercityFromKm}
 * @param intercityFromKm from this distance on, transit time uses {@code intercityKmh}
 * @param nearbyAlertKm   an alert area whose edge is this close to the traveller counts as near
 * @param missions        how many embassies and consulates to list
 */
@ConfigurationProperties(AssistantSettings.PREFIX)
record AssistantSettings(@Bindable(defaultValue = "2s") Duration sla,
                         @Bindable(defaultValue = "4") int threads,
                         @Bindable(defaultValue = "4.5") double walkingKmh,
                         @Bindable(defaultValue = "20") double maxWalkingKm,
                         @Bindable(defaultValue = "20") double transitKmh,
                         @Bindable(defaultValue = "1.5") double transitFromKm,
                         @Bindable(defaultValue = "60") double intercityKmh,
                         @Bindable(defaultValue = "50") double intercityFromKm,
                         @Bindable(defaultValue = "50") double nearbyAlertKm,
                         @Bindable(defaultValue = "3") int missions) {

    static final String PREFIX = "confidence.assistant";
}
