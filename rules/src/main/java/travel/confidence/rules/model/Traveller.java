package travel.confidence.rules.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The traveller as the rules see them: the seed's persona and preferences, reduced to what a rule may test.
 * Values are the seed's literals ("mid-range", "family", "novice", "tropical", "high"); "any" marks an
 * attribute we do not know, which no persona rule reacts to.
 */
public final class Traveller {

    public static final String ANY = "any";

    private final String budgetTier;
    private final String travelStyle;
    private final String experienceLevel;
    private final boolean prioritySafety;
    private final String preferredClimate;
    private final String mobilityRequirements;
    private final Set<String> languages;
    private final int tripCount;
    private final Set<String> visitedDestinations;

    public Traveller(String budgetTier, String travelStyle, String experienceLevel, boolean prioritySafety,
                     String preferredClimate, String mobilityRequirements, List<String> languages,
                     int tripCount, List<String> visitedDestinations) {
        this.budgetTier = orAny(budgetTier);
        this.travelStyle = orAny(travelStyle);
        this.experienceLevel = orAny(experienceLevel);
        this.prioritySafety = prioritySafety;
        this.preferredClimate = orAny(preferredClimate);
        this.mobilityRequirements = mobilityRequirements == null ? "none" : mobilityRequirements;
        this.languages = languages == null || languages.isEmpty() ? Set.of("en") : Set.copyOf(languages);
        this.tripCount = Math.max(0, tripCount);
        this.visitedDestinations = visitedDestinations == null ? Set.of() : Set.copyOf(visitedDestinations);
    }

    /**
     * The seed's anonymous/default profile: nothing known, so no persona rule fires and the standard weights
     * apply. English is assumed as the traveller's language because the frontend is in English.
     */
    public static Traveller anonymous() {
        return new Traveller(ANY, ANY, ANY, false, ANY, "none", List.of("en"), 0, List.of());
    }

    /** The same traveller searching as another budget tier and/or climate (null keeps theirs). */
    public Traveller searchingAs(String otherBudgetTier, String otherClimate) {
        return new Traveller(otherBudgetTier == null ? budgetTier : otherBudgetTier, travelStyle, experienceLevel,
                prioritySafety, otherClimate == null ? preferredClimate : otherClimate, mobilityRequirements,
                List.copyOf(languages), tripCount, List.copyOf(visitedDestinations));
    }

    private static String orAny(String value) {
        return value == null || value.isBlank() ? ANY : value;
    }

    public String getBudgetTier() {
        return budgetTier;
    }

    public String getTravelStyle() {
        return travelStyle;
    }

    public String getExperienceLevel() {
        return experienceLevel;
    }

    public boolean isPrioritySafety() {
        return prioritySafety;
    }

    public String getPreferredClimate() {
        return preferredClimate;
    }

    public String getMobilityRequirements() {
        return mobilityRequirements;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public int getTripCount() {
        return tripCount;
    }

    public Set<String> getVisitedDestinations() {
        return visitedDestinations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Traveller t && prioritySafety == t.prioritySafety && tripCount == t.tripCount
                && budgetTier.equals(t.budgetTier) && travelStyle.equals(t.travelStyle)
                && experienceLevel.equals(t.experienceLevel) && preferredClimate.equals(t.preferredClimate)
                && mobilityRequirements.equals(t.mobilityRequirements) && languages.equals(t.languages)
                && visitedDestinations.equals(t.visitedDestinations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(budgetTier, travelStyle, experienceLevel, prioritySafety, preferredClimate,
                mobilityRequirements, languages, tripCount, visitedDestinations);
    }

    @Override
    public String toString() {
        return "Traveller[" + budgetTier + ", " + travelStyle + ", " + experienceLevel + ", safety first="
                + prioritySafety + ", climate=" + preferredClimate + ", mobility=" + mobilityRequirements
                + ", languages=" + languages + ", trips=" + tripCount + "]";
    }
}
