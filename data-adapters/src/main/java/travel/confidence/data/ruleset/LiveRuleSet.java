package travel.confidence.data.ruleset;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The published version every instance decides with (the table's single row, id {@link #ROW}). */
@MappedEntity("live_rule_set")
public record LiveRuleSet(@Id Integer id, Long versionId, String checksum, Instant publishedAt, String publishedBy) {

    public static final int ROW = 1;

    public static LiveRuleSet of(long versionId, String checksum, Instant publishedAt, String publishedBy) {
        return new LiveRuleSet(ROW, versionId, checksum, publishedAt, publishedBy);
    }
}
