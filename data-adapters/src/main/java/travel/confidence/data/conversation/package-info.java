/**
 * The in-trip assistant's conversations in the document store (collection {@code assistant_conversations}, one
 * document per turn), so that a follow-up question can build on the one before. Knows nothing of intents.
 */
package travel.confidence.data.conversation;
