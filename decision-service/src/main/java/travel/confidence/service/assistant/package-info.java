/**
 * The in-trip assistant (seed: AI Travel Assistant API): understands a question with intent rules kept as data
 * ({@code assistant/intents.csv}), answers it from the shipped open data and the live context in the traveller's
 * language, keeps the conversation, may let a language model rephrase the answer, and falls back to static
 * emergency information when anything fails. Reads trip mode, never writes it; writes no scores.
 */
package travel.confidence.service.assistant;
