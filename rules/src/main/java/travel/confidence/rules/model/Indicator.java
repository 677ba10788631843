package travel.confidence.rules.model;

import java.util.Optional;

/**
 * A measurable input of a factor table. Country-level indicators come from the bundled open data; trip
 * indicators are derived per decision from the traveller and the travel dates (for example the mean
 * temperature over the travel months). Decision tables refer to indicators by {@link #key()}.
 */
public enum Indicator {
    ADVISORY_MAX_LEVEL("advisoryMaxLevel", Factor.SAFETY_INDEX, "highest government advisory level", "of 4"),
    ADVISORY_MEAN_LEVEL("advisoryMeanLevel", Factor.SAFETY_INDEX, "mean government advisory level", "of 4"),
    TRAVEL_MEAN_TEMP_C("travelMeanTempC", Factor.WEATHER_STABILITY, "mean temperature in the travel months", "°C"),
    TRAVEL_TEMP_SD_C("travelTempSdC", Factor.WEATHER_STABILITY, "year-to-year temperature spread in the travel months", "°C"),
    TRAVEL_PRECIP_MM("travelPrecipMm", Factor.WEATHER_STABILITY, "mean monthly rainfall in the travel months", "mm"),
    LPI_INFRASTRUCTURE("lpiInfrastructure", Factor.TRANSPORT_ACCESSIBILITY, "logistics infrastructure score", "of 5"),
    INTERNATIONAL_INBOUND_ROUTES("internationalInboundRoutes", Factor.TRANSPORT_ACCESSIBILITY, "international air routes in", "routes"),
    TRAVELLER_LANGUAGE_SPEAKERS_PCT("travellerLanguageSpeakersPct", Factor.LANGUAGE_COMPATIBILITY, "share of people who speak your languages", "%"),
    OFFICIAL_LANGUAGE_MATCH("officialLanguageMatch", Factor.LANGUAGE_COMPATIBILITY, "an official language you speak", "1 = yes"),
    PHYSICIANS_PER_1000("physiciansPer1000", Factor.HEALTH_EMERGENCY, "physicians", "per 1,000 people"),
    HOSPITAL_BEDS_PER_1000("hospitalBedsPer1000", Factor.HEALTH_EMERGENCY, "hospital beds", "per 1,000 people"),
    LIFE_EXPECTANCY_YEARS("lifeExpectancyYears", Factor.HEALTH_EMERGENCY, "life expectancy", "years"),
    PRICE_LEVEL_RATIO("priceLevelRatio", Factor.BUDGET_MATCH, "price level against the US", "US = 1"),
    ARRIVALS_PER_RESIDENT("arrivalsPerResident", Factor.CROWD_DENSITY, "international arrivals per resident (2019)", "per resident"),
    TRIP_COUNT("tripCount", Factor.PREFERENCE_ALIGNMENT, "trips taken", "trips"),
    SUBREGION_VISITS("subregionVisits", Factor.PREFERENCE_ALIGNMENT, "places visited in the same part of the world", "places"),
    VISITED_BEFORE("visitedBefore", Factor.PREFERENCE_ALIGNMENT, "been there before", "1 = yes"),
    LEARNED_AFFINITY("learnedAffinity", Factor.PREFERENCE_ALIGNMENT, "interest shown in places like this", "of 100");

    private final String key;
    private final Factor factor;
    private final String label;
    private final String unit;

    Indicator(String key, Factor factor, String label, String unit) {
        this.key = key;
        this.factor = factor;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public Factor factor() {
        return factor;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Optional<Indicator> byKey(String key) {
        for (Indicator indicator : values()) {
            if (indicator.key.equals(key)) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }
}
