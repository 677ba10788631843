package travel.confidence.service.score;

import travel.confidence.api.score.ConfidenceScoreResponse;

/**
 * Published once for every score /calculate decides (not for one served from the cache): a full decision, or a
 * preliminary estimate when the engine failed or overran its budget. Listeners run on the deciding thread, so
 * they must be quick and must not throw.
 */
public record ScoreDecided(ConfidenceScoreResponse response) {
}
