package travel.confidence.console.weights;

import java.util.Map;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.console.decisionservice.DestinationSummary;

/**
 * One destination of the weights preview: its factor scores as the live rules measure them, and its score
 * under the live version, under the draft as saved, and with the weights being edited (absent while they do
 * not add up to 1).
 */
record SampleRow(DestinationSummary destination, Map<String, Double> factors, ConfidenceScoreResponse live,
                 ConfidenceScoreResponse saved, ConfidenceScoreResponse edited) {

    /** How far the edited weights move the score from the draft as saved, in points ("+1.2"). */
    String change() {
        if (edited == null) {
            return "";
        }
        double delta = Math.round((edited.score() - saved.score()) * 10) / 10.0;
        return delta == 0 ? "0.0" : String.format(java.util.Locale.ROOT, "%+.1f", delta);
    }
}
