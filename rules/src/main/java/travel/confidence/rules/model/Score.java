package travel.confidence.rules.model;

/**
 * The final score of a decision, inserted by the total rule so that the badge table can match it.
 * A badge row calls {@link #assign(String, String)} and then {@link #because(String)}.
 */
public final class Score {

    private final double value;
    private final DecisionSheet sheet;

    Score(double value, DecisionSheet sheet) {
        this.value = value;
        this.sheet = sheet;
    }

    public double getValue() {
        return value;
    }

    public Score assign(String badge, String rule) {
        sheet.assignBadge(badge, rule);
        return this;
    }

    public void because(String reason) {
        sheet.explainBadge(reason);
    }

    @Override
    public String toString() {
        return "Score[" + value + "]";
    }
}
