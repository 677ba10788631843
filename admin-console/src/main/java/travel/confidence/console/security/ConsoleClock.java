package travel.confidence.console.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock sign-in expiry is measured with; tests replace it. */
@Factory
final class ConsoleClock {

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
