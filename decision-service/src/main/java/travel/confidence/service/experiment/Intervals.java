package travel.confidence.service.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * 95 % confidence intervals for experiment metrics: Wilson's score interval for a rate (it stays inside 0-1 and
 * behaves with few samples and rates near 0 or 1), and the normal interval for a mean rating.
 */
final class Intervals {

    static final double Z95 = 1.959963984540054;

    private Intervals() {
    }

    /** A share of {@code n} samples: its value and 95 % interval; no value without samples. */
    @Serdeable
    record Rate(int count, int n, @Nullable Double value, @Nullable Double low, @Nullable Double high) {
    }

    /** A mean of {@code n} ratings with its 95 % interval (which needs at least two ratings). */
    @Serdeable
    record Mean(int n, @Nullable Double mean, @Nullable Double low, @Nullable Double high) {
    }

    static Rate wilson(int count, int n) {
        if (n == 0) {
            return new Rate(0, 0, null, null, null);
        }
        double p = count / (double) n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Rate(count, n, round(p), round(Math.max(0, centre - half)), round(Math.min(1, centre + half)));
    }

    static Mean normal(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Mean(0, null, null, null);
        }
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        if (n < 2) {
            return new Mean(n, round(mean), null, null);
        }
        double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double half = Z95 * Math.sqrt(variance / n);
        return new Mean(n, round(mean), round(mean - half), round(mean + half));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
