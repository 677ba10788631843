package travel.confidence.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shapes the facts of one decision: the destination's country-level indicators plus the indicators that
 * depend on the trip and the traveller (climate over the travel months, the traveller's languages, travel
 * history). This is arithmetic on data, not judgement: every judgement is a table row.
 */
public final class MeasurementAssembler {

    private MeasurementAssembler() {
    }

    /**
     * @param subregionOf looks up the subregion of a destination id the traveller has visited
     * @param learnedAffinity the traveller's learned interest in this destination (0-100), if any
     */
    public static List<Measurement> assemble(Destination destination, Traveller traveller, Trip trip,
                                             Function<String, Optional<String>> subregionOf,
                                             Optional<Measurement> learnedAffinity) {
        List<Measurement> measurements = new ArrayList<>(destination.indicators().values());
        addClimate(destination, trip, measurements);
        addLanguages(destination, traveller, measurements);
        addHistory(destination, traveller, subregionOf, measurements);
        learnedAffinity.ifPresent(measurements::add);
        return measurements;
    }

    private static void addClimate(Destination destination, Trip trip, List<Measurement> out) {
        if (destination.climate().isEmpty()) {
            return;
        }
        int[] days = trip.monthDays();
        weightedMean(destination, days, Destination.MonthClimate::meanTempC)
                .ifPresent(v -> out.add(new Measurement(Indicator.TRAVEL_MEAN_TEMP_C, v, destination.climateProvenance())));
        weightedMean(destination, days, Destination.MonthClimate::meanTempSdC)
                .ifPresent(v -> out.add(new Measurement(Indicator.TRAVEL_TEMP_SD_C, v, destination.climateProvenance())));
        weightedMean(destination, days, Destination.MonthClimate::precipMm)
                .ifPresent(v -> out.add(new Measurement(Indicator.TRAVEL_PRECIP_MM, v, destination.climateProvenance())));
    }

    private static Optional<Double> weightedMean(Destination destination, int[] days,
                                                 Function<Destination.MonthClimate, Double> value) {
        double sum = 0;
        int weight = 0;
        for (Destination.MonthClimate month : destination.climate()) {
            Double v = value.apply(month);
            int d = days[month.month() - 1];
            if (v != null && d > 0) {
                sum += v * d;
                weight += d;
            }
        }
        return weight == 0 ? Optional.empty() : Optional.of(Math.round(sum / weight * 100) / 100.0);
    }

    private static void addLanguages(Destination destination, Traveller traveller, List<Measurement> out) {
        Destination.LanguageProfile languages = destination.languages();
        if (languages == null || languages.provenance() == null) {
            return;
        }
        Map<String, Double> speakers = languages.speakersPct();
        traveller.getLanguages().stream()
                .map(speakers::get)
                .filter(v -> v != null)
                .max(Double::compare)
                .ifPresent(pct -> out.add(new Measurement(Indicator.TRAVELLER_LANGUAGE_SPEAKERS_PCT,
                        Math.min(100, pct), languages.provenance())));
        if (!languages.official().isEmpty()) {
            boolean match = languages.official().stream().anyMatch(traveller.getLanguages()::contains);
            out.add(new Measurement(Indicator.OFFICIAL_LANGUAGE_MATCH, match ? 1 : 0, languages.provenance()));
        }
    }

    private static void addHistory(Destination destination, Traveller traveller,
                                   Function<String, Optional<String>> subregionOf, List<Measurement> out) {
        Provenance profile = Provenance.traveller("now");
        out.add(new Measurement(Indicator.TRIP_COUNT, traveller.getTripCount(), profile));
        if (traveller.getVisitedDestinations().isEmpty()) {
            return;
        }
        long sameSubregion = traveller.getVisitedDestinations().stream()
                .filter(id -> !id.equalsIgnoreCase(destination.id()))
                .map(subregionOf)
                .flatMap(Optional::stream)
                .filter(s -> s.equals(destination.subregion()))
                .count();
        out.add(new Measurement(Indicator.SUBREGION_VISITS, sameSubregion, profile));
        boolean visited = traveller.getVisitedDestinations().stream().anyMatch(id -> id.equalsIgnoreCase(destination.id()));
        if (visited) {
            out.add(new Measurement(Indicator.VISITED_BEFORE, 1, profile));
        }
    }
}
