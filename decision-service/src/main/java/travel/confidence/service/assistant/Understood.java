package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * What a question was understood to be about.
 *
 * @param intent   empty when nothing in the question matched
 * @param topic    the topic within the intent, or null
 * @param followUp whether the intent came from the previous question ("and the police?")
 */
record Understood(Optional<Intent> intent, @Nullable String topic, boolean followUp) {

    static Understood nothing() {
        return new Understood(Optional.empty(), null, false);
    }
}
