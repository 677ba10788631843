package travel.confidence.data.ruleset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A rule set version: its label, status (draft, validated, published, archived), who made it, the checksum of
 * its files ({@code RuleSet.checksum()}), the version it was copied from, and the latest validation report
 * (JSON). Its files are {@link StoredRuleFile} rows.
 */
@MappedEntity("rule_version")
public record StoredRuleVersion(@Id @GeneratedValue @Nullable Long id,
                                String label,
                                String status,
                                String author,
                                String checksum,
                                @Nullable Long parentId,
                                @Nullable String validationReport,
                                Instant createdAt,
                                Instant updatedAt,
                                @Nullable Instant validatedAt,
                                @Nullable Instant publishedAt) {

    public static final String DRAFT = "draft";
    public static final String VALIDATED = "validated";
    public static final String PUBLISHED = "published";
    public static final String ARCHIVED = "archived";

    public StoredRuleVersion withChecksum(String newChecksum, Instant at) {
        return new StoredRuleVersion(id, label, status, author, newChecksum, parentId, null, createdAt, at,
                validatedAt, publishedAt);
    }

    public StoredRuleVersion withValidation(String report, boolean valid, Instant at) {
        return new StoredRuleVersion(id, label, valid ? VALIDATED : status, author, checksum, parentId, report,
                createdAt, at, valid ? at : validatedAt, publishedAt);
    }

    public StoredRuleVersion published(Instant at) {
        return new StoredRuleVersion(id, label, PUBLISHED, author, checksum, parentId, validationReport, createdAt, at,
                validatedAt, at);
    }

    public StoredRuleVersion archived(Instant at) {
        return new StoredRuleVersion(id, label, ARCHIVED, author, checksum, parentId, validationReport, createdAt, at,
                validatedAt, publishedAt);
    }
}
