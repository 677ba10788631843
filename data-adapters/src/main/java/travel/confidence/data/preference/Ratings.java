package travel.confidence.data.preference;

/** The five ratings (1-5) of a post-trip survey. */
public record Ratings(double overall, double safety, double value, double accessibility, double experience) {
}
