package travel.confidence.service.alert;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import travel.confidence.data.alert.AlertChanged;
import travel.confidence.service.score.ScoreCache;

/**
 * A new or retracted alert drops the cached scores of its destination. (The score cache key also holds the
 * alerts in force, so even a missed event could not serve a score with an outdated set of alerts.)
 */
@Singleton
class AlertScoreInvalidation implements ApplicationEventListener<AlertChanged> {

    private final ScoreCache scores;

    AlertScoreInvalidation(ScoreCache scores) {
        this.scores = scores;
    }

    @Override
    public void onApplicationEvent(AlertChanged event) {
        scores.invalidateDestination(event.destinationId());
    }
}
