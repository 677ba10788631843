/** The in-trip assistant's wire contract (seed: AI Travel Assistant API): trip mode, questions and answers. */
package travel.confidence.api.assistant;
