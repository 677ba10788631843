package travel.confidence.service.score;

import jakarta.inject.Singleton;

/**
 * Where a write of a traveller's profile or learned weights is announced, so that nothing this instance
 * remembers about the traveller (scores, stored rows) outlives the change.
 */
@Singleton
public class TravellerChanges {

    private final ScoreCache scores;
    private final StoredTravellers storedTravellers;

    TravellerChanges(ScoreCache scores, StoredTravellers storedTravellers) {
        this.scores = scores;
        this.storedTravellers = storedTravellers;
    }

    public void changed(String userId) {
        storedTravellers.changed(userId);
        scores.invalidateUser(userId);
    }
}
