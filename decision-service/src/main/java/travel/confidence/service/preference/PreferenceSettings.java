package travel.confidence.service.preference;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How signals are judged and how often learning runs.
 *
 * @param clockSkew         how far in the future a timestamp may be before it is implausible (client clocks drift)
 * @param maxAge            how old a timestamp may be before it is implausible
 * @param maxDuration       the longest plausible duration of one action (seed: a day)
 * @param burstPerSecond    more signals than this from one traveller within one second are a burst no person makes
 * @param burstPerMinute    ... or within one minute. Counted in memory by each instance
 * @param learnEvery        how often the batch learns from implicit signals (seed: every 24 hours)
 * @param learningScheduled whether this instance runs the batch on its schedule (the admin trigger always works)
 * @param learningCheckEvery how often each instance checks whether a run is due (read by the scheduler)
 * @param learningFirstCheck how long after start the first check happens (read by the scheduler)
 * @param lease             how long one instance may hold the learning lease without renewing it
 * @param overlap           how far back each run also looks, for signals written while the previous run started
 * @param signalsPerTraveller the most recent signals of a traveller that learning reads
 */
@ConfigurationProperties(PreferenceSettings.PREFIX)
public record PreferenceSettings(@Bindable(defaultValue = "5m") Duration clockSkew,
                                 @Bindable(defaultValue = "730d") Duration maxAge,
                                 @Bindable(defaultValue = "24h") Duration maxDuration,
                                 @Bindable(defaultValue = "20") int burstPerSecond,
                                 @Bindable(defaultValue = "300") int burstPerMinute,
                                 @Bindable(defaultValue = "24h") Duration learnEvery,
                                 @Bindable(defaultValue = "true") boolean learningScheduled,
                                 @Bindable(defaultValue = "10m") Duration learningCheckEvery,
                                 @Bindable(defaultValue = "2m") Duration learningFirstCheck,
                                 @Bindable(defaultValue = "15m") Duration lease,
                                 @Bindable(defaultValue = "10m") Duration overlap,
                                 @Bindable(defaultValue = "2000") int signalsPerTraveller) {

    public static final String PREFIX = "confidence.preferences";
}
