package travel.confidence.data.place;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/** Cities with their coordinates, found by name. */
public interface CityDirectory {

    /**
     * The city a piece of free text names, if any: the longest name found in it wins; between cities of the
     * same name, one in {@code preferredCountry} first, then a capital, then the most populous. Names shorter
     * than four letters ("Bo", "Ulm") count only within the preferred country, as they are too easily a
     * word of the sentence.
     */
    Optional<CityMatch> findIn(String text, @Nullable String preferredCountry);

    /** A country's cities, most populous first. */
    List<City> inCountry(String iso2);

    /** Where the data comes from, for citing it. */
    String source();
}
