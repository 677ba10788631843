package travel.confidence.service.governance;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import travel.confidence.data.ruleset.LiveRuleSet;
import travel.confidence.data.ruleset.LiveRuleSetRepository;
import travel.confidence.data.ruleset.RuleVersionRepository;
import travel.confidence.data.ruleset.StoredRuleVersion;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetInvalidException;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.audit.AuditTrail;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Publishing: a validated version (or an archived one: a rollback) becomes the published version, the one it
 * replaces is archived, and the live pointer moves, all in one transaction that holds the pointer's row lock so
 * two publications never interleave. The version is compiled before the transaction, so the swap on this
 * instance right after the commit is instant; other instances pick the pointer up on their next poll.
 */
@Singleton
class Publication {

    private static final Set<String> PUBLISHABLE = Set.of(StoredRuleVersion.VALIDATED, StoredRuleVersion.ARCHIVED);

    private final RuleVersions versions;
    private final RuleVersionRepository repository;
    private final LiveRuleSetRepository pointer;
    private final CompiledVersions compiled;
    private final LiveRules live;
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail audit;
    private final Clock clock;

    Publication(RuleVersions versions, RuleVersionRepository repository, LiveRuleSetRepository pointer,
                CompiledVersions compiled, LiveRules live, TransactionOperations<Connection> transactions,
                AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.repository = repository;
        this.pointer = pointer;
        this.compiled = compiled;
        this.live = live;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    VersionSummary publish(AdminPrincipal who, long id) {
        StoredRuleVersion target = versions.require(id);
        boolean rollback = StoredRuleVersion.ARCHIVED.equals(target.status());
        return publish(who, target, rollback ? "version.rollback" : "version.publish");
    }

    /** Republishes the version that was published before the live one. */
    VersionSummary rollback(AdminPrincipal who) {
        StoredRuleVersion previous = repository.findFirstByStatusOrderByPublishedAtDesc(StoredRuleVersion.ARCHIVED)
                .orElseThrow(() -> new ConflictException("NOTHING_TO_ROLL_BACK",
                        "No version was published before the live one", Map.of()));
        return publish(who, previous, "version.rollback");
    }

    private VersionSummary publish(AdminPrincipal who, StoredRuleVersion target, String action) {
        long id = target.id();
        if (!PUBLISHABLE.contains(target.status())) {
            throw notPublishable(target);
        }
        CompiledRuleSet rules;
        try {
            rules = compiled.version(id);
        } catch (RuleSetInvalidException e) {
            throw new ConflictException("RULE_VERSION_INVALID", RuleVersionName.of(id) + " does not compile: "
                    + e.problems().get(0), Map.of("field", "id"));
        }
        Instant now = clock.instant();
        StoredRuleVersion published = transactions.executeWrite(status -> {
            LiveRuleSet current = pointer.lockLive().orElseThrow(
                    () -> new IllegalStateException("no published version to replace"));
            StoredRuleVersion fresh = versions.require(id);
            if (!PUBLISHABLE.contains(fresh.status()) || !fresh.checksum().equals(rules.source().checksum())) {
                throw notPublishable(fresh);
            }
            repository.findById(current.versionId()).ifPresent(previous -> repository.update(previous.archived(now)));
            StoredRuleVersion done = repository.update(fresh.published(now));
            pointer.update(LiveRuleSet.of(id, done.checksum(), now, who.user()));
            audit.record(who, action, RuleVersions.TARGET, String.valueOf(id),
                    (action.equals("version.rollback") ? "Rolled back to " : "Published ") + RuleVersionName.of(id)
                            + " (was " + RuleVersionName.of(current.versionId()) + ")",
                    Map.of("live", RuleVersionName.of(current.versionId()), "status", fresh.status()),
                    Map.of("live", RuleVersionName.of(id), "status", done.status(), "checksum", done.checksum()));
            return done;
        });
        live.publish(rules, now);
        return versions.summary(published);
    }

    private static ConflictException notPublishable(StoredRuleVersion version) {
        String why = StoredRuleVersion.PUBLISHED.equals(version.status()) ? " is already published"
                : " is " + version.status() + "; only a validated version (or an archived one, to roll back) can be published";
        return new ConflictException("VERSION_NOT_PUBLISHABLE", RuleVersionName.of(version.id()) + why,
                Map.of("field", "id", "status", version.status()));
    }

    LiveStatus status() {
        LiveRuleSet current = pointer.findById(LiveRuleSet.ROW).orElseThrow(
                () -> new IllegalStateException("no published version"));
        return new LiveStatus(current.versionId(), RuleVersionName.of(current.versionId()), current.checksum(),
                current.publishedAt().toString(), current.publishedBy(), live.current().version());
    }
}
