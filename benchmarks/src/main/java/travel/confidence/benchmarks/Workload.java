package travel.confidence.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.opendata.OpenDataCatalogue;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.MeasurementAssembler;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Trip;

/**
 * Realistic decision inputs: the bundled catalogue (every destination the recommendations rank), a traveller
 * with a full persona, and a two-week trip in July.
 */
public final class Workload {

    public static final Traveller FAMILY = new Traveller("budget", "family", "novice", false, "tropical", "none",
            List.of("en"), 3, List.of("ES", "PT"));
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final Trip JULY = new Trip(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 14), TODAY);

    private final List<DestinationRecord> destinations;
    private final Map<String, String> subregions = new HashMap<>();

    public Workload() {
        this.destinations = new OpenDataCatalogue(OpenDataFiles.bundled()).build();
        destinations.forEach(d -> subregions.put(d.id(), d.subregion()));
    }

    /** The destinations a ranking scores: those the data covers for at least six factors. */
    public List<DestinationRecord> ranked() {
        return destinations.stream().filter(d -> d.factorsWithData() >= 6).toList();
    }

    public DestinationRecord destination(String id) {
        return destinations.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    public DecisionInput input(DestinationRecord destination, Traveller traveller, Trip trip) {
        return DecisionInput.of(destination.id(), traveller, trip, MeasurementAssembler.assemble(
                destination.toDecisionModel(), traveller, trip, id -> Optional.ofNullable(subregions.get(id)), Optional.empty()));
    }

    public List<DecisionInput> rankingInputs(Traveller traveller, Trip trip) {
        List<DecisionInput> inputs = new ArrayList<>();
        ranked().forEach(d -> inputs.add(input(d, traveller, trip)));
        return inputs;
    }

    /** Twelve trips of a week starting on the first of each of the next twelve months. */
    public List<DecisionInput> monthInputs(DestinationRecord destination, Traveller traveller) {
        List<DecisionInput> inputs = new ArrayList<>();
        for (int offset = 1; offset <= 12; offset++) {
            LocalDate start = TODAY.withDayOfMonth(1).plusMonths(offset);
            inputs.add(input(destination, traveller, new Trip(start, start.plusDays(6), TODAY)));
        }
        return inputs;
    }
}
