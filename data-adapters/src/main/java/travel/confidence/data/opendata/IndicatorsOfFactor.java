package travel.confidence.data.opendata;

import java.util.Map;
import java.util.TreeSet;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.SourcedValue;
import travel.confidence.data.external.Sourced;
import travel.confidence.rules.model.Factor;

/** A destination's bundled indicators of one factor, with their sources and years as one freshness entry. */
public final class IndicatorsOfFactor {

    private IndicatorsOfFactor() {
    }

    public static Sourced<Map<String, SourcedValue>> of(DestinationCatalogue catalogue, String destinationId, Factor factor) {
        Map<String, SourcedValue> values = catalogue.indicatorsOf(destinationId, factor);
        if (values.isEmpty()) {
            return Sourced.bundled(null, "bundled open data", null, "The bundled open data has no "
                    + factor.label().toLowerCase(java.util.Locale.ROOT) + " data for this destination");
        }
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> years = new TreeSet<>();
        values.values().forEach(v -> {
            sources.add(v.source());
            years.add(v.asOf());
        });
        return Sourced.bundled(values, String.join("; ", sources), String.join(", ", years), null);
    }
}
