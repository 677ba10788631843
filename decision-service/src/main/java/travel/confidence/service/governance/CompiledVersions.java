package travel.confidence.service.governance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import travel.confidence.data.ruleset.RuleFileRepository;
import travel.confidence.data.ruleset.StoredRuleFile;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.rules.BundledRulesHeadStart;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Stored versions as rule sets and compiled rule sets. Compiled rule sets are kept by checksum, so a version is
 * compiled once however often it is previewed, validated, published, rolled back to or served in an experiment,
 * and a draft that still has its parent's files shares its parent's compiled rules.
 */
@Singleton
public class CompiledVersions {

    private final RuleFileRepository files;
    private final BundledRulesHeadStart headStart;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final Cache<String, CompiledRuleSet> byChecksum;

    CompiledVersions(RuleFileRepository files, BundledRulesHeadStart headStart, GovernanceSettings settings) {
        this.files = files;
        this.headStart = headStart;
        // Evicted rule sets are not closed: a live version or a running decision may still hold one.
        this.byChecksum = Caffeine.newBuilder().maximumSize(settings.compiledVersions()).build();
    }

    /** The files of a stored version as a rule set. */
    public RuleSet ruleSet(long versionId) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (StoredRuleFile file : files.findByVersionIdOrderByPath(versionId)) {
            contents.put(file.path(), file.content());
        }
        return new RuleSet(contents);
    }

    /** Compiles a stored version under its name ({@code v7}); throws {@code RuleSetInvalidException} if it cannot. */
    public CompiledRuleSet version(long versionId) {
        return compile(ruleSet(versionId), RuleVersionName.of(versionId));
    }

    /** Compiles a rule set under a name, or reuses the compiled rules of the same files. */
    public CompiledRuleSet compile(RuleSet rules, String name) {
        return byChecksum.get(rules.checksum(), checksum -> headStart.compiled(checksum)
                .orElseGet(() -> compiler.compile(rules, name))).named(name);
    }
}
