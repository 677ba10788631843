package travel.confidence.console.experiments;

import java.util.Locale;
import travel.confidence.console.decisionservice.ExperimentMetrics.Mean;
import travel.confidence.console.decisionservice.ExperimentMetrics.Rate;

/** A metric with its 95 % interval and sample size, in words a reader can weigh: "2.0 % (0.5-7.1 %), 3 of 150". */
final class Rates {

    static final String NO_DATA = "no data yet";

    private Rates() {
    }

    static String rate(Rate rate) {
        if (rate == null || rate.n() == 0 || rate.value() == null) {
            return NO_DATA;
        }
        String interval = rate.low() == null || rate.high() == null ? ""
                : String.format(Locale.ROOT, " (%.1f-%.1f %%)", rate.low() * 100, rate.high() * 100);
        return String.format(Locale.ROOT, "%.1f %%%s, %d of %d", rate.value() * 100, interval, rate.count(), rate.n());
    }

    static String mean(Mean mean) {
        if (mean == null || mean.n() == 0 || mean.mean() == null) {
            return NO_DATA;
        }
        String interval = mean.low() == null || mean.high() == null ? ""
                : String.format(Locale.ROOT, " (%.2f-%.2f)", mean.low(), mean.high());
        return String.format(Locale.ROOT, "%.2f%s, %d rating%s", mean.mean(), interval, mean.n(), mean.n() == 1 ? "" : "s");
    }
}
