package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.score.ContextSource.Location;

/**
 * A question as the capabilities see it.
 *
 * @param language   the language to answer in: en, es, fr or de
 * @param location   where the traveller is, when the frontend sent it
 * @param understood what the question was understood to be about
 */
record Question(String text, String language, DestinationRecord destination, @Nullable Location location,
                Understood understood, Instant now) {

    @Nullable
    String topic() {
        return understood.topic();
    }
}
