/**
 * Recommendations: every destination ranked by this traveller's confidence, and the best months to visit one.
 * Decides through the same inputs, rules and context as a single score; writes nothing but the decision log.
 */
package travel.confidence.service.recommend;
