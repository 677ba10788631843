package travel.confidence.data.advisory;

import java.util.Optional;
import travel.confidence.data.destination.Advisory;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.external.Sourced;

/** The U.S. advisory in the bundled advisory snapshot, which the safety factor scores. */
final class BundledAdvisories {

    static final String GOVERNMENT = "U.S. Department of State";

    private BundledAdvisories() {
    }

    static Optional<AdvisoryLevel> usLevel(DestinationCatalogue catalogue, String destinationId) {
        return catalogue.find(destinationId).flatMap(d -> d.advisories().stream()
                .filter(a -> GOVERNMENT.equals(a.government()) && a.level() != null)
                .findFirst()
                .map((Advisory a) -> new AdvisoryLevel(d.id(), a.government(), a.level(), a.text(), null, a.updated())));
    }

    static Sourced<AdvisoryLevel> sourced(DestinationCatalogue catalogue, String destinationId, String note) {
        return usLevel(catalogue, destinationId)
                .map(a -> Sourced.bundled(a, GOVERNMENT + " travel advisories (bundled snapshot)", a.published(), note))
                .orElseGet(() -> Sourced.bundled(null, GOVERNMENT + " travel advisories (bundled snapshot)", null,
                        note == null ? "The bundled snapshot has no U.S. level for this destination" : note));
    }
}
