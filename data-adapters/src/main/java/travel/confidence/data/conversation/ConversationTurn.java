package travel.confidence.data.conversation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One question and its answer.
 *
 * @param turn       1 for the first question of a conversation, then counting up
 * @param intent     what the question was understood to be about (the seed's action type), null when not understood
 * @param topic      what within it ("police", "thank_you", a place), null when none
 * @param answeredBy who phrased the answer: {@code rules}, {@code llm} or {@code static-emergency}
 */
public record ConversationTurn(String conversationId, String userId, String tripId, int turn, Instant at,
                               String query, String language, String destinationId, @Nullable String intent,
                               @Nullable String topic, String response, String answeredBy) {
}
