package travel.confidence.service.profile;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import travel.confidence.api.profile.BudgetRange;
import travel.confidence.api.profile.FactorWeights;
import travel.confidence.api.profile.Persona;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.api.profile.Preferences;
import travel.confidence.api.profile.TravelHistory;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.data.profile.StoredProfile;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;

/** Converts between the seed's profile, the stored rows, and the traveller facts the rules see. */
public final class ProfileMapper {

    private ProfileMapper() {
    }

    public static TravelerProfile toApi(StoredProfile stored, StoredWeights weights) {
        Persona persona = new Persona(stored.budgetTier(), stored.travelStyle(), stored.experienceLevel());
        BudgetRange budget = stored.budgetMin() == null || stored.budgetMax() == null ? null
                : new BudgetRange(stored.budgetMin(), stored.budgetMax(), stored.budgetCurrency());
        Preferences preferences = new Preferences(stored.prioritySafety(), stored.preferredClimate(),
                split(stored.languages()), stored.mobilityRequirements(), budget);
        TravelHistory history = new TravelHistory(stored.tripCount(), split(stored.visitedDestinations()),
                stored.averageRating());
        return new TravelerProfile(stored.userId(), persona, preferences, history,
                weights == null ? null : toApi(weights), stored.createdAt().toString(), stored.updatedAt().toString());
    }

    public static PreferenceWeights toApi(StoredWeights w) {
        return new PreferenceWeights(w.userId(), new FactorWeights(w.safetyIndex(), w.weatherStability(),
                w.transportAccessibility(), w.languageCompatibility(), w.healthEmergency(), w.budgetMatch(),
                w.crowdDensity()), w.confidence(), w.lastUpdated().toString());
    }

    public static StoredProfile toStored(String userId, TravelerProfile profile, Instant createdAt, Instant now, Long version) {
        Persona persona = profile.persona() == null ? new Persona(null, null, null) : profile.persona();
        Preferences preferences = profile.preferences() == null
                ? new Preferences(false, null, null, null, null) : profile.preferences();
        TravelHistory history = profile.travelHistory() == null ? new TravelHistory(0, null, 0) : profile.travelHistory();
        BudgetRange budget = preferences.budgetRange();
        return new StoredProfile(userId, persona.budgetTier(), persona.travelStyle(), persona.experienceLevel(),
                preferences.prioritySafety(), preferences.preferredClimate(), preferences.mobilityRequirements(),
                join(preferences.languagePreferences()), budget == null ? null : budget.min(),
                budget == null ? null : budget.max(), budget == null ? null : budget.currency(), history.tripCount(),
                join(history.visitedDestinations() == null ? null
                        : history.visitedDestinations().stream().map(id -> id.toUpperCase(Locale.ROOT)).toList()),
                history.averageRating(), createdAt, now, version);
    }

    /** The traveller as the rules see them; anything the profile leaves out is unknown. */
    public static Traveller toTraveller(TravelerProfile profile) {
        if (profile == null) {
            return Traveller.anonymous();
        }
        Persona persona = profile.persona() == null ? new Persona(null, null, null) : profile.persona();
        Preferences preferences = profile.preferences();
        TravelHistory history = profile.travelHistory();
        return new Traveller(persona.budgetTier(), persona.travelStyle(), persona.experienceLevel(),
                preferences != null && preferences.prioritySafety(),
                preferences == null ? null : preferences.preferredClimate(),
                preferences == null ? null : preferences.mobilityRequirements(),
                preferences == null ? null : preferences.languagePreferences(),
                history == null ? 0 : history.tripCount(),
                history == null || history.visitedDestinations() == null ? List.of()
                        : history.visitedDestinations().stream().map(id -> id.toUpperCase(Locale.ROOT)).toList());
    }

    public static LearnedWeights toLearned(PreferenceWeights weights) {
        if (weights == null || weights.weights() == null || weights.confidence() <= 0) {
            return null;
        }
        FactorWeights w = weights.weights();
        return new LearnedWeights(java.util.Map.of(Factor.SAFETY_INDEX, w.safetyIndex(),
                Factor.WEATHER_STABILITY, w.weatherStability(), Factor.TRANSPORT_ACCESSIBILITY, w.transportAccessibility(),
                Factor.LANGUAGE_COMPATIBILITY, w.languageCompatibility(), Factor.HEALTH_EMERGENCY, w.healthEmergency(),
                Factor.BUDGET_MATCH, w.budgetMatch(), Factor.CROWD_DENSITY, w.crowdDensity()), weights.confidence());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
