package travel.confidence.rules.model;

/**
 * The fact a factor table matches: one indicator value of the decision being made, with the traveller's
 * attributes a row may test beside it. A matching row calls {@link #award(int, String)} to give the value its
 * points, which land on the decision's sheet. Tables test one fact only, so rows stay simple alpha tests and
 * the measures of many decisions can share one session.
 */
public final class Measure {

    private final Measurement measurement;
    private final DecisionSheet sheet;

    Measure(Measurement measurement, DecisionSheet sheet) {
        this.measurement = measurement;
        this.sheet = sheet;
    }

    public String getIndicator() {
        return measurement.indicator().key();
    }

    public double getValue() {
        return measurement.value();
    }

    public String getBudgetTier() {
        return sheet.getTraveller().getBudgetTier();
    }

    public String getTravelStyle() {
        return sheet.getTraveller().getTravelStyle();
    }

    public String getExperienceLevel() {
        return sheet.getTraveller().getExperienceLevel();
    }

    public String getPreferredClimate() {
        return sheet.getTraveller().getPreferredClimate();
    }

    public Measurement measurement() {
        return measurement;
    }

    /** Called by a table row: this value earns {@code points} (0-100) towards its factor. */
    public IndicatorPoints award(int points, String rule) {
        IndicatorPoints awarded = new IndicatorPoints(measurement, points, rule);
        sheet.record(awarded);
        return awarded;
    }

    @Override
    public String toString() {
        return "Measure[" + getIndicator() + "=" + getValue() + "]";
    }
}
