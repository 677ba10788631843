package travel.confidence.console.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a screen reader gets from a score: the badge is labelled with the number and category, the meter is an
 * ARIA meter from 0 to 100 set to the same number the badge shows (seed Property 4).
 */
class ScorecardAccessibilityTest {

    @Test
    void the_badge_is_labelled_with_its_number_and_category() {
        ConfidenceBadge badge = new ConfidenceBadge(ScoreDisplay.of(82.44, "High"));

        assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("Confidence 82.4, High");
        assertThat(badge.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(badge.getText()).isEqualTo("82.4 · High");
    }

    @Test
    void the_meter_is_an_aria_meter_set_to_the_number_the_badge_shows() {
        ScoreDisplay score = ScoreDisplay.of(67.05, "Moderate");
        ConfidenceMeter meter = new ConfidenceMeter(score);
        ConfidenceBadge badge = new ConfidenceBadge(score);

        assertThat(meter.getElement().getAttribute("role")).isEqualTo("meter");
        assertThat(meter.getElement().getAttribute("aria-valuemin")).isEqualTo("0");
        assertThat(meter.getElement().getAttribute("aria-valuemax")).isEqualTo("100");
        assertThat(meter.getElement().getAttribute("aria-valuenow")).isEqualTo(badge.getElement().getAttribute("data-score"));
        assertThat(meter.getElement().getAttribute("aria-label")).isEqualTo("Confidence meter, " + score.number() + " out of 100");
    }

    @Test
    void scores_outside_the_scale_are_shown_at_its_ends() {
        assertThat(ScoreDisplay.of(100.04, "Excellent").number()).isEqualTo("100.0");
        assertThat(ScoreDisplay.of(-3, "Low").meterWidth()).isEqualTo("0.0%");
    }
}
