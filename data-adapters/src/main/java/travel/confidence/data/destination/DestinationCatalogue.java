package travel.confidence.data.destination;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import travel.confidence.rules.model.Destination;

/**
 * The destinations every decision reads, held in memory: scoring must not wait on a store. It is filled from
 * the destination store at start and whenever the data is reloaded; readers always see one whole snapshot.
 */
@Singleton
public class DestinationCatalogue {

    private record Entry(DestinationRecord record, Destination decisionModel) {
    }

    private volatile Map<String, Entry> entries = Map.of();

    /** Replaces the catalogue with these records in one step. */
    public void replace(List<DestinationRecord> records) {
        Map<String, Entry> next = new LinkedHashMap<>();
        records.forEach(r -> next.put(r.id(), new Entry(r, r.toDecisionModel())));
        entries = Map.copyOf(next);
    }

    /** Looks a destination up by its ISO 3166-1 alpha-2 code, in any letter case. */
    public Optional<DestinationRecord> find(String id) {
        return entry(id).map(Entry::record);
    }

    public Optional<Destination> decisionModel(String id) {
        return entry(id).map(Entry::decisionModel);
    }

    private Optional<Entry> entry(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entries.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<String> subregionOf(String id) {
        return find(id).map(DestinationRecord::subregion);
    }

    /** All destinations, ordered by id. */
    public List<DestinationRecord> all() {
        return entries.values().stream().map(Entry::record)
                .sorted(java.util.Comparator.comparing(DestinationRecord::id)).toList();
    }

    public Collection<String> ids() {
        return entries.keySet();
    }

    public int size() {
        return entries.size();
    }
}
