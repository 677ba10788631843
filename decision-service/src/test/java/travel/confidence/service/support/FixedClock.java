package travel.confidence.service.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the "fixed-clock" test environment: 20 April 2026, 06:00 UTC, the first day of the
 * recorded forecast and inside the 2026 holiday calendar. Tests may move it.
 */
public final class FixedClock extends Clock {

    public static final Instant START = Instant.parse("2026-04-20T06:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

    private volatile Instant now = START;

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = START;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
