package travel.confidence.rules.model;

/**
 * The fact a factor table matches: one indicator value of the decision being made. A matching row calls
 * {@link #award(int, String)} to give the value its points, which land on the decision's sheet.
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
