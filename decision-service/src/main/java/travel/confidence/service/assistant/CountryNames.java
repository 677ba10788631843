package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.place.SearchKey;

/**
 * Finds a country named in a question ("the embassy of Germany", "la embajada de Alemania"): the catalogue's
 * English names and the names in Spanish, French and German. Built on first use, after the catalogue loaded.
 */
@Singleton
class CountryNames {

    private static final int MAX_WORDS = 5;

    private final DestinationCatalogue catalogue;
    private volatile Map<String, String> byKey;

    CountryNames(DestinationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The country the text names (the longest name found), other than {@code except}. */
    Optional<String> namedIn(String text, String except) {
        Map<String, String> names = names();
        String[] words = SearchKey.of(text).split(" ");
        for (int size = Math.min(MAX_WORDS, words.length); size >= 1; size--) {
            for (int start = 0; start + size <= words.length; start++) {
                String iso2 = names.get(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + size)));
                if (iso2 != null && !iso2.equalsIgnoreCase(except)) {
                    return Optional.of(iso2);
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, String> names() {
        Map<String, String> names = byKey;
        if (names == null || names.isEmpty()) {
            Map<String, String> built = new HashMap<>();
            for (DestinationRecord d : catalogue.all()) {
                put(built, d.name(), d.id());
                put(built, d.officialName(), d.id());
                for (String language : Messages.LANGUAGES) {
                    put(built, new Locale("", d.id()).getDisplayCountry(Locale.forLanguageTag(language)), d.id());
                }
            }
            names = Map.copyOf(built);
            byKey = names;
        }
        return names;
    }

    private static void put(Map<String, String> names, String name, String iso2) {
        String key = SearchKey.of(name);
        if (key.length() >= 4 && !key.equalsIgnoreCase(iso2)) {
            names.putIfAbsent(key, iso2);
        }
    }
}
