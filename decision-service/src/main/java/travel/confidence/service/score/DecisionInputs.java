package travel.confidence.service.score;

import jakarta.inject.Singleton;
import java.util.List;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.MeasurementAssembler;
import travel.confidence.rules.model.Trip;

/**
 * Builds the engine input for one destination, trip and traveller: every path that decides (a score, a
 * ranking, the best months) builds it here, so they can never disagree on what the rules see.
 */
@Singleton
public class DecisionInputs {

    private final DestinationCatalogue catalogue;
    private final AffinitySource affinity;

    DecisionInputs(DestinationCatalogue catalogue, AffinitySource affinity) {
        this.catalogue = catalogue;
        this.affinity = affinity;
    }

    public DecisionInput build(DestinationRecord destination, ResolvedTraveller traveller, Trip trip,
                               List<Object> contextFacts) {
        return DecisionInput.of(destination.id(), traveller.traveller(), trip,
                        MeasurementAssembler.assemble(catalogue.decisionModel(destination.id()).orElseThrow(),
                                traveller.traveller(), trip, catalogue::subregionOf,
                                affinity.affinity(traveller, destination, trip)))
                .withLearned(traveller.learned())
                .withContext(contextFacts);
    }
}
