package travel.confidence.data.place;

/** A city named in a piece of text, with the words that named it (as their {@link SearchKey}). */
public record CityMatch(City city, String matchedKey) {
}
