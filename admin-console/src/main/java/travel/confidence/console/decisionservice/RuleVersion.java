package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A rule set version as the versions list shows it.
 *
 * @param version the name decisions record ({@code v3})
 * @param status  {@code draft}, {@code validated}, {@code published} or {@code archived}
 * @param live    whether it is the published version every instance decides with
 */
@Serdeable
public record RuleVersion(long id, String version, @Nullable String label, String status, @Nullable String author,
                          String checksum, @Nullable Long parentId, @Nullable String parentVersion, String createdAt,
                          String updatedAt, @Nullable String validatedAt, @Nullable String publishedAt,
                          boolean live) {

    public static final String DRAFT = "draft";
    public static final String VALIDATED = "validated";
    public static final String ARCHIVED = "archived";

    /** Only a draft's files, tables and weights change. */
    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    /** What an admin may publish: a validated version, or an archived one (a rollback). */
    public boolean isPublishable() {
        return !live && (VALIDATED.equals(status) || ARCHIVED.equals(status));
    }

    /** What an experiment may serve: anything that passed validation. */
    public boolean hasPassedValidation() {
        return !isDraft();
    }

    /** "v3 · tuned safety (draft)" */
    public String caption() {
        return version + (label == null || label.isBlank() ? "" : " · " + label) + " (" + status + ")";
    }
}
