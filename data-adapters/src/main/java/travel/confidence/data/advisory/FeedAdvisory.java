package travel.confidence.data.advisory;

import io.micronaut.core.annotation.Nullable;

/**
 * One item of the State Department feed as published: the destination's name as the feed writes it (not an
 * ISO code), its level, the item's title, link and publication date, and the feed's own country tag.
 */
public record FeedAdvisory(String name, int level, String levelText, String title, @Nullable String link,
                    @Nullable String published, @Nullable String countryTag) {
}
