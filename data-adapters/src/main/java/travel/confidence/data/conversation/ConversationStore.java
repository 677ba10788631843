package travel.confidence.data.conversation;

import java.util.Optional;

/** Where assistant conversations are kept and shared between instances. */
public interface ConversationStore {

    void append(ConversationTurn turn);

    /** The latest turn of a conversation; empty when there is none. */
    Optional<ConversationTurn> last(String conversationId);
}
