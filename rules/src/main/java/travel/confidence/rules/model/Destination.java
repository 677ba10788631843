package travel.confidence.rules.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A destination (a country) with its raw indicators and their provenance, as the data adapters load it.
 * Missing values are simply absent: nothing is filled in.
 *
 * @param indicators country-level indicators (advisories, logistics, health, prices, tourism)
 * @param climate    monthly climatology, January first; empty when the source has none
 * @param languages  who speaks what, for the traveller's languages
 */
public record Destination(String id, String name, String region, String subregion,
                          Map<Indicator, Measurement> indicators, List<MonthClimate> climate,
                          Provenance climateProvenance, LanguageProfile languages) {

    public Destination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        indicators = Map.copyOf(indicators);
        climate = List.copyOf(climate);
        if (!climate.isEmpty() && climate.size() != 12) {
            throw new IllegalArgumentException(id + ": climate must have 12 months or none, has " + climate.size());
        }
    }

    /** One month of climatology; any value may be null when the source has none. */
    public record MonthClimate(int month, Double meanTempC, Double meanTempSdC, Double precipMm, Double precipSdMm) {
    }

    /**
     * @param official     ISO 639-1 codes of the official languages
     * @param speakersPct  share of the population speaking a language, by ISO 639-1 code (CLDR)
     */
    public record LanguageProfile(List<String> official, Map<String, Double> speakersPct, Provenance provenance) {

        public LanguageProfile {
            official = List.copyOf(official);
            speakersPct = Map.copyOf(speakersPct);
        }

        public static LanguageProfile unknown() {
            return new LanguageProfile(List.of(), Map.of(), null);
        }
    }
}
