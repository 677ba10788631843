package travel.confidence.console.scorecard;

import java.util.Locale;

/**
 * The colours of the four badges (and of the meter's fill). White text on each background meets WCAG AA for
 * normal text (at least 4.5:1), and each fill stands out from the meter's track by at least 3:1 (non-text
 * contrast); {@code BadgeStyleTest} computes both.
 */
public enum BadgeStyle {
    LOW("Low", "#B42318"),
    MODERATE("Moderate", "#8A4B00"),
    HIGH("High", "#1E6B3A"),
    EXCELLENT("Excellent", "#175CD3");

    public static final String TEXT = "#FFFFFF";
    public static final String METER_TRACK = "#E4E7EC";

    private final String badge;
    private final String background;

    BadgeStyle(String badge, String background) {
        this.badge = badge;
        this.background = background;
    }

    public String badge() {
        return badge;
    }

    public String background() {
        return background;
    }

    /** The style of a badge as the service names it; an unknown name gets the most cautious colour. */
    public static BadgeStyle of(String badge) {
        for (BadgeStyle style : values()) {
            if (style.badge.toLowerCase(Locale.ROOT).equals(badge == null ? "" : badge.toLowerCase(Locale.ROOT))) {
                return style;
            }
        }
        return LOW;
    }
}
