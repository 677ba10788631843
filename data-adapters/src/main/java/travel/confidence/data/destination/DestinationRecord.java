package travel.confidence.data.destination;

import io.micronaut.serde.annotation.Serdeable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import travel.confidence.rules.model.Destination;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Provenance;

/**
 * A destination as the catalogue stores it: every raw value with its source and as-of date. Missing values
 * are absent, never filled in.
 *
 * @param indicators raw values by name; names of decision indicators are {@link Indicator#key()}s, the rest
 *                   (population, arrivals ...) are shown to people but not scored
 */
@Serdeable
public record DestinationRecord(String id, String iso3, String name, String officialName, String region,
                                String subregion, boolean unMember, List<String> capitals, Place capital,
                                Double latitude, Double longitude, List<String> officialLanguages,
                                Map<String, Double> languageSpeakersPct, String languageSource, String languageAsOf,
                                Map<String, SourcedValue> indicators, List<Advisory> advisories,
                                List<MonthClimate> climate, String climateSource, String climateAsOf,
                                EmergencyNumbers emergency) {

    public DestinationRecord {
        capitals = List.copyOf(capitals);
        officialLanguages = List.copyOf(officialLanguages);
        languageSpeakersPct = Map.copyOf(languageSpeakersPct);
        indicators = Map.copyOf(indicators);
        advisories = List.copyOf(advisories);
        climate = List.copyOf(climate);
    }

    public Optional<SourcedValue> indicatorValue(String key) {
        return Optional.ofNullable(indicators.get(key));
    }

    /** How many of the eight factors the data can score (preference alignment comes from the traveller). */
    public int factorsWithData() {
        Set<Factor> covered = EnumSet.of(Factor.PREFERENCE_ALIGNMENT);
        indicators.keySet().forEach(key -> Indicator.byKey(key).ifPresent(i -> covered.add(i.factor())));
        if (!climate.isEmpty()) {
            covered.add(Factor.WEATHER_STABILITY);
        }
        if (languageSource != null) {
            covered.add(Factor.LANGUAGE_COMPATIBILITY);
        }
        return covered.size();
    }

    /** The view the rules need: decision indicators with provenance, climate and languages. */
    public Destination toDecisionModel() {
        Map<Indicator, Measurement> measurements = new java.util.EnumMap<>(Indicator.class);
        indicators.forEach((key, value) -> Indicator.byKey(key).ifPresent(indicator -> measurements.put(indicator,
                new Measurement(indicator, value.value(), new Provenance(value.source(), value.asOf())))));
        List<Destination.MonthClimate> months = climate.stream()
                .map(m -> new Destination.MonthClimate(m.month(), m.meanTempC(), m.meanTempSdC(), m.precipMm(), m.precipSdMm()))
                .toList();
        Provenance climateProvenance = climateSource == null ? null : new Provenance(climateSource, climateAsOf);
        Destination.LanguageProfile languages = languageSource == null ? Destination.LanguageProfile.unknown()
                : new Destination.LanguageProfile(officialLanguages, languageSpeakersPct,
                        new Provenance(languageSource, languageAsOf));
        return new Destination(id, name, region, subregion, measurements, months, climateProvenance, languages);
    }
}
