package travel.confidence.rules.model;

/**
 * The points a table row gave one indicator value, and the row's reason in words a traveller reads.
 * Mutable only while the row fires: the reason is set by the row's second action column.
 */
public final class IndicatorPoints {

    private final Measurement measurement;
    private final int points;
    private final String rule;
    private String reason = "";

    IndicatorPoints(Measurement measurement, int points, String rule) {
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("rule '" + rule + "' gives " + points
                    + " points to " + measurement.indicator().key() + "; points must be 0-100");
        }
        this.measurement = measurement;
        this.points = points;
        this.rule = rule;
    }

    /** Called by a table row with its reason text. */
    public void because(String reason) {
        this.reason = reason == null ? "" : reason.strip();
    }

    public Measurement measurement() {
        return measurement;
    }

    public Factor factor() {
        return measurement.indicator().factor();
    }

    public int points() {
        return points;
    }

    public String rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return rule + ": " + measurement.indicator().key() + "=" + measurement.value() + " -> " + points;
    }
}
