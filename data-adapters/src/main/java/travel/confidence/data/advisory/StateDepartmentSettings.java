package travel.confidence.data.advisory;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * The live U.S. State Department travel advisory feed (RSS) and its importer. Off by default.
 *
 * @param enabled        true to import the feed on a schedule
 * @param feedUrl        the RSS feed (tests point it at a local stub)
 * @param timeout        the deadline of one HTTP exchange
 * @param importInterval the pause between imports
 * @param initialDelay   the pause before the first import after start
 * @param alertValidity  how long an alert the importer posts stays in force unless a later import retracts it
 * @param retries       calls after a failed first one before the import fails
 * @param retryDelay     the pause before a retry
 * @param circuitReset   how long the circuit stays open after a failed import before one call may try again
 */
@ConfigurationProperties(StateDepartmentSettings.PREFIX)
public record StateDepartmentSettings(@Bindable(defaultValue = "false") boolean enabled,
                                      @Bindable(defaultValue = "https://travel.state.gov/_res/rss/TAsTWs.xml") URI feedUrl,
                                      @Bindable(defaultValue = "5s") Duration timeout,
                                      @Bindable(defaultValue = "6h") Duration importInterval,
                                      @Bindable(defaultValue = "30s") Duration initialDelay,
                                      @Bindable(defaultValue = "30d") Duration alertValidity,
                                      @Bindable(defaultValue = "1") int retries,
                                      @Bindable(defaultValue = "1s") Duration retryDelay,
                                      @Bindable(defaultValue = "5m") Duration circuitReset) {

    public static final String PREFIX = "confidence.context.advisories";
    public static final String SOURCE = "U.S. Department of State travel advisory feed";
}
