package travel.confidence.service.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import travel.confidence.data.ruleset.StoredRuleVersion;
import travel.confidence.service.rules.RuleVersionName;

/**
 * A rule set version as the versions list shows it.
 *
 * @param version the name decisions record ({@code v3})
 * @param live    whether it is the published version every instance decides with
 */
@Serdeable
record VersionSummary(long id, String version, String label, String status, String author, String checksum,
                      @Nullable Long parentId, @Nullable String parentVersion, String createdAt, String updatedAt,
                      @Nullable String validatedAt, @Nullable String publishedAt, boolean live) {

    static VersionSummary of(StoredRuleVersion v, boolean live) {
        return new VersionSummary(v.id(), RuleVersionName.of(v.id()), v.label(), v.status(), v.author(), v.checksum(),
                v.parentId(), v.parentId() == null ? null : RuleVersionName.of(v.parentId()), v.createdAt().toString(),
                v.updatedAt().toString(), v.validatedAt() == null ? null : v.validatedAt().toString(),
                v.publishedAt() == null ? null : v.publishedAt().toString(), live);
    }
}
