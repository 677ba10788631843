package travel.confidence.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the console listens.
 *
 * @param port the HTTP port; 0 picks a free one (the tests do)
 * @param host the interface to bind; the default listens on all of them
 */
@ConfigurationProperties(ConsoleSettings.PREFIX)
public record ConsoleSettings(@Bindable(defaultValue = "8081") int port,
                              @Bindable(defaultValue = "0.0.0.0") String host) {

    public static final String PREFIX = "confidence.console";
}
