package travel.confidence.data.place;

import io.micronaut.core.annotation.Nullable;

/**
 * A GeoNames city.
 *
 * @param featureCode GeoNames' code: {@code PPLC} a capital, {@code PPLX} a section of a city, ...
 * @param capital     whether GeoNames (or, for IL, PS and EH, its country table) names it the capital
 */
public record City(long geonameId, String name, String asciiName, String countryIso2, @Nullable String region,
                   double latitude, double longitude, String featureCode, long population, boolean capital) {

    /** A section of a bigger city (a district), which can duplicate its parent city. */
    public boolean section() {
        return "PPLX".equals(featureCode);
    }
}
