package travel.confidence.console.scorecard;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One score as every part of a card shows it. The number is formatted once, and the badge text, the meter's
 * value, its width and the ARIA labels are all derived from that one text, so the meter and the badge can never
 * show different numbers (seed Property 4).
 *
 * @param number the score with one decimal, as shown ("82.4")
 * @param badge  the badge the service gave it
 */
public record ScoreDisplay(String number, String badge) {

    public static ScoreDisplay of(double score, String badge) {
        double shown = Math.max(0, Math.min(100, score));
        return new ScoreDisplay(String.format(Locale.ROOT, "%.1f", shown), badge);
    }

    /** The value the meter is set to: the shown number itself. */
    public BigDecimal meterValue() {
        return new BigDecimal(number);
    }

    /** The meter's fill width in CSS. */
    public String meterWidth() {
        return number + "%";
    }

    public String badgeText() {
        return number + " · " + badge;
    }

    /** What a screen reader says for the badge: "Confidence 82.4, High". */
    public String badgeLabel() {
        return "Confidence " + number + ", " + badge;
    }

    public String meterLabel() {
        return "Confidence meter, " + number + " out of 100";
    }

    public BadgeStyle style() {
        return BadgeStyle.of(badge);
    }
}
