package travel.confidence.rules.model;

import java.util.Objects;

/** One value of an indicator for a destination and trip, with where it came from. */
public record Measurement(Indicator indicator, double value, Provenance provenance) {

    public Measurement {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(indicator.key() + " must be a finite number, was " + value);
        }
    }
}
