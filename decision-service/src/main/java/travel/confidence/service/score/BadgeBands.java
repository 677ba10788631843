package travel.confidence.service.score;

/**
 * The badge bands of the architecture (Low up to 40, Moderate up to 65, High up to 85, Excellent above),
 * used ONLY to label a preliminary estimate when the rules engine itself could not run. Every normal decision
 * takes its badge from the rule set's badge table.
 */
final class BadgeBands {

    private BadgeBands() {
    }

    static String of(double score) {
        if (score <= 40) {
            return "Low";
        }
        if (score <= 65) {
            return "Moderate";
        }
        return score <= 85 ? "High" : "Excellent";
    }
}
