package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default factor weights of a version by factor key, fractions that add up to 1. */
@Serdeable
public record DefaultWeights(Map<String, Double> weights) {

    public DefaultWeights {
        weights = weights == null ? Map.of() : new LinkedHashMap<>(weights);
    }
}
