package travel.confidence.service.score;

import io.micronaut.core.annotation.Nullable;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;

/**
 * Who a decision is for.
 *
 * @param personalized true when we know something about this traveller (a profile or learned weights)
 * @param fingerprint  changes whenever anything here changes, so cached scores of an older profile are never served
 * @param warning      set when the stored profile could not be read and the decision is general instead
 * @param taste        what the traveller's browsing shows they are drawn to, or null if nothing was learned
 */
public record ResolvedTraveller(String userId, Traveller traveller, @Nullable LearnedWeights learned,
                                boolean personalized, String fingerprint, @Nullable String warning,
                                @Nullable LearnedTaste taste) {

    /** The same traveller with other traveller facts (a search as another budget tier or climate). */
    public ResolvedTraveller withTraveller(Traveller other) {
        return new ResolvedTraveller(userId, other, learned, personalized, fingerprint + ":" + other.hashCode(), warning,
                taste);
    }
}
