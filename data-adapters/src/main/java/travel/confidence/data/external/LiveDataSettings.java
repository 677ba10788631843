package travel.confidence.data.external;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long a request waits for a live source before going on without it, and how many threads fetch.
 *
 * @param requestWait the longest a request waits for a live fetch; a slower fetch goes on in the background and
 *                fills the cache for the next request, while this one uses the last known good value
 * @param threads threads that run live fetches
 */
@ConfigurationProperties(LiveDataSettings.PREFIX)
public record LiveDataSettings(@Bindable(defaultValue = "300ms") Duration requestWait,
                               @Bindable(defaultValue = "4") int threads) {

    public static final String PREFIX = "confidence.context";
}
