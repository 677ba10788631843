package travel.confidence.service.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.List;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.ContextSnapshot;
import travel.confidence.service.score.ContextSource;

/** How far ahead the trip is booked: the days from today (the service's clock) to departure. */
@Singleton
class BookingTimingContext implements ContextSource, Ordered {

    @Override
    public ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location) {
        long days = trip.getDaysToDeparture();
        String detail = days < 0 ? "the trip has started" : days == 0 ? "departure today"
                : days == 1 ? "departure tomorrow" : "departure in " + days + " days";
        ContextSignal signal = ContextSignal.of(ContextSignal.DAYS_TO_DEPARTURE, days, detail, "your travel dates",
                trip.getStartDate().minusDays(days).toString());
        return new ContextSnapshot(List.of(signal), List.of(), List.of(), "days:" + days);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
