package travel.confidence.rules.model;

/**
 * A change to the score after the weighted sum: the fallback penalty or a context rule. It reads as the
 * seed's {@code ContextAdjustment}: the factor it concerns, the score before and after, and the reason.
 */
public record ScoreAdjustment(String factor, double originalValue, double adjustedValue, String reason, String rule) {

    public double delta() {
        return Math.round((adjustedValue - originalValue) * 10) / 10.0;
    }
}
