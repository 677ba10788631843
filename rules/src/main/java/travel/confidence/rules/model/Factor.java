package travel.confidence.rules.model;

import java.util.Optional;

/**
 * The eight factors of the seed's confidence algorithm. The key is the name the frontend sees in
 * {@code FactorBreakdown.factorName} and in {@code PreferenceWeights.weights}.
 */
public enum Factor {
    SAFETY_INDEX("safetyIndex", "Safety Index"),
    WEATHER_STABILITY("weatherStability", "Weather Stability"),
    TRANSPORT_ACCESSIBILITY("transportAccessibility", "Transport Accessibility"),
    LANGUAGE_COMPATIBILITY("languageCompatibility", "Language Compatibility"),
    HEALTH_EMERGENCY("healthEmergency", "Health & Emergency"),
    BUDGET_MATCH("budgetMatch", "Budget Match"),
    CROWD_DENSITY("crowdDensity", "Crowd Density"),
    PREFERENCE_ALIGNMENT("preferenceAlignment", "Preference Alignment");

    private final String key;
    private final String label;

    Factor(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The seven factors a traveller's learned weights cover (the seed's PreferenceWeights has no preference alignment). */
    public boolean isLearnable() {
        return this != PREFERENCE_ALIGNMENT;
    }

    public static Optional<Factor> byKey(String key) {
        for (Factor factor : values()) {
            if (factor.key.equals(key)) {
                return Optional.of(factor);
            }
        }
        return Optional.empty();
    }
}
