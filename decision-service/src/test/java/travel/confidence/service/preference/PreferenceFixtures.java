package travel.confidence.service.preference;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import travel.confidence.api.preference.ExplicitFeedback;
import travel.confidence.api.preference.FeedbackRatings;
import travel.confidence.api.preference.ImplicitSignal;

/** Signals and surveys as a frontend sends them, with names that say what they are. */
public final class PreferenceFixtures {

    private PreferenceFixtures() {
    }

    public static ImplicitSignal aView(String user, String destination, Instant at, Duration lingering) {
        return new ImplicitSignal(user, "view", destination, lingering.toMillis(), at.toString());
    }

    public static ImplicitSignal aBrowsingAction(String user, String eventType, String destination, Instant at,
                                                 Long durationMs) {
        return new ImplicitSignal(user, eventType, destination, durationMs, at.toString());
    }

    public static ExplicitFeedback aSurvey(String user, String trip, String destination, Instant at,
                                           double overall, double safety, double value, double accessibility,
                                           double experience) {
        return new ExplicitFeedback(user, trip, destination,
                new FeedbackRatings(overall, safety, value, accessibility, experience), null, at.toString());
    }

    public static ExplicitFeedback aHappyTrip(String user, String trip, String destination, Instant at) {
        return aSurvey(user, trip, destination, at, 5, 5, 5, 5, 5);
    }

    public static String json(JsonMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
