package travel.confidence.console.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The eight factors in the seed's order, by the keys the API uses, with the names staff read. */
public final class FactorLabels {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("safetyIndex", "Safety Index");
        LABELS.put("weatherStability", "Weather Stability");
        LABELS.put("transportAccessibility", "Transport Accessibility");
        LABELS.put("languageCompatibility", "Language Compatibility");
        LABELS.put("healthEmergency", "Health & Emergency");
        LABELS.put("budgetMatch", "Budget Match");
        LABELS.put("crowdDensity", "Crowd Density");
        LABELS.put("preferenceAlignment", "Preference Alignment");
    }

    private FactorLabels() {
    }

    public static List<String> keys() {
        return List.copyOf(LABELS.keySet());
    }

    public static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
