package travel.confidence.service.score;

import java.util.List;
import travel.confidence.api.score.DataFreshness;

/**
 * Published every time the live context of a decision is gathered, with where each kind of data came from and
 * how fresh it was. Listeners run on the requesting thread, so they must be quick and must not throw.
 */
public record ContextGathered(List<DataFreshness> freshness) {
}
