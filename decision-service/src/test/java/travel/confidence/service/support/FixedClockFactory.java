package travel.confidence.service.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Replaces the system clock in the "fixed-clock" test environment. */
@Factory
@Requires(env = "fixed-clock")
class FixedClockFactory {

    @Singleton
    @Replaces(Clock.class)
    FixedClock clock() {
        return new FixedClock();
    }
}
