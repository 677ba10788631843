package travel.confidence.data.place;

import io.micronaut.core.annotation.Nullable;

/**
 * An embassy, consulate, high commission or nunciature from Wikidata (CC0, 2022 snapshot). The source has no
 * mission names: a mission is named by its operator and type ("Germany, embassy").
 *
 * @param type         the Wikidata class label, e.g. "embassy", "consulate general"
 * @param operator     the sending state or body, in English, e.g. "Germany"
 * @param operatorIso2 the sending state's code; null for bodies that are not states (Order of Malta ...)
 * @param countryIso2  the host country
 */
public record DiplomaticMission(String wikidataId, String type, String operator, @Nullable String operatorIso2,
                                String countryIso2, @Nullable String city, double latitude, double longitude,
                                @Nullable String phone, @Nullable String website) {
}
