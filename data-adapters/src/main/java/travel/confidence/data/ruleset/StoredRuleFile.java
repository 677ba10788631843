package travel.confidence.data.ruleset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One file of a rule set version: its path in the rule set ({@code tables/health.drl.csv}) and its text. */
@MappedEntity("rule_file")
public record StoredRuleFile(@Id @GeneratedValue @Nullable Long id, Long versionId, String path, String content) {

    public StoredRuleFile withContent(String text) {
        return new StoredRuleFile(id, versionId, path, text);
    }
}
