package travel.confidence.data.destination;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import travel.confidence.rules.model.Destination;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Indicator;

/**
 * The destinations every decision reads, held in memory: scoring must not wait on a store. It is filled from
 * the destination store at start and whenever the data is reloaded; readers always see one whole snapshot.
 */
@Singleton
public class DestinationCatalogue {

    /**
     * A destination with what every request would otherwise derive from it again: its decision model, how many
     * factors its data covers, and its indicators by factor (a ranking reads these for every destination).
     */
    private record Entry(DestinationRecord record, Destination decisionModel, int factorsWithData,
                         Map<Factor, Map<String, SourcedValue>> indicatorsByFactor) {

        static Entry of(DestinationRecord record) {
            Map<Factor, Map<String, SourcedValue>> byFactor = new EnumMap<>(Factor.class);
            record.indicators().forEach((key, value) -> Indicator.byKey(key).ifPresent(indicator ->
                    byFactor.computeIfAbsent(indicator.factor(), f -> new TreeMap<>()).put(key, value)));
            byFactor.replaceAll((factor, values) -> Collections.unmodifiableMap(values));
            return new Entry(record, record.toDecisionModel(), record.factorsWithData(),
                    Collections.unmodifiableMap(byFactor));
        }
    }

    private record Snapshot(Map<String, Entry> byId, List<Entry> sorted) {
    }

    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of());

    /** Replaces the catalogue with these records in one step. */
    public void replace(List<DestinationRecord> records) {
        Map<String, Entry> next = new LinkedHashMap<>();
        records.forEach(r -> next.put(r.id(), Entry.of(r)));
        List<Entry> sorted = next.values().stream().sorted(Comparator.comparing(e -> e.record().id())).toList();
        snapshot = new Snapshot(Map.copyOf(next), sorted);
    }

    /** Looks a destination up by its ISO 3166-1 alpha-2 code, in any letter case. */
    public Optional<DestinationRecord> find(String id) {
        return entry(id).map(Entry::record);
    }

    public Optional<Destination> decisionModel(String id) {
        return entry(id).map(Entry::decisionModel);
    }

    private Optional<Entry> entry(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(snapshot.byId().get(id.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<String> subregionOf(String id) {
        return find(id).map(DestinationRecord::subregion);
    }

    /** All destinations, ordered by id. */
    public List<DestinationRecord> all() {
        return snapshot.sorted().stream().map(Entry::record).toList();
    }

    /** The destinations whose data covers at least this many of the eight factors, ordered by id. */
    public List<DestinationRecord> withDataForAtLeast(int factors) {
        return snapshot.sorted().stream().filter(e -> e.factorsWithData() >= factors).map(Entry::record).toList();
    }

    /** A destination's bundled indicators of one factor, by indicator key; empty when it has none. */
    public Map<String, SourcedValue> indicatorsOf(String id, Factor factor) {
        return entry(id).map(e -> e.indicatorsByFactor().getOrDefault(factor, Map.of())).orElse(Map.of());
    }

    public Collection<String> ids() {
        return snapshot.byId().keySet();
    }

    public int size() {
        return snapshot.byId().size();
    }
}
