package travel.confidence.console.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The badge colours meet WCAG 2.1 AA: text contrast at least 4.5:1, the meter's fill against its track 3:1. */
class BadgeStyleTest {

    @ParameterizedTest
    @EnumSource(BadgeStyle.class)
    void white_badge_text_meets_aa_contrast_for_normal_text(BadgeStyle style) {
        assertThat(contrast(BadgeStyle.TEXT, style.background())).isGreaterThanOrEqualTo(4.5);
    }

    @ParameterizedTest
    @EnumSource(BadgeStyle.class)
    void the_meter_fill_stands_out_from_its_track(BadgeStyle style) {
        assertThat(contrast(BadgeStyle.METER_TRACK, style.background())).isGreaterThanOrEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(BadgeStyle.class)
    void each_badge_name_maps_to_its_own_style(BadgeStyle style) {
        assertThat(BadgeStyle.of(style.badge())).isEqualTo(style);
        assertThat(BadgeStyle.of(style.badge().toUpperCase())).isEqualTo(style);
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours written #RRGGBB. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
