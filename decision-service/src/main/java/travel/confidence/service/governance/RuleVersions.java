package travel.confidence.service.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.data.ruleset.LiveRuleSet;
import travel.confidence.data.ruleset.LiveRuleSetRepository;
import travel.confidence.data.ruleset.RuleFileRepository;
import travel.confidence.data.ruleset.RuleVersionRepository;
import travel.confidence.data.ruleset.StoredRuleFile;
import travel.confidence.data.ruleset.StoredRuleVersion;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.audit.AuditTrail;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Rule set versions and their files: listing, copying a version into a new draft, and changing a draft's files.
 * Only a draft changes; every change recomputes the version's checksum, drops its stale validation report and
 * lands in the audit log in the same transaction.
 */
@Singleton
class RuleVersions {

    static final String TARGET = "rule-version";
    private static final int MAX_LABEL = 200;

    private final RuleVersionRepository versions;
    private final RuleFileRepository files;
    private final LiveRuleSetRepository live;
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail audit;
    private final Clock clock;

    RuleVersions(RuleVersionRepository versions, RuleFileRepository files, LiveRuleSetRepository live,
                 TransactionOperations<Connection> transactions, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.files = files;
        this.live = live;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    List<VersionSummary> list() {
        Long liveId = live.findById(LiveRuleSet.ROW).map(LiveRuleSet::versionId).orElse(null);
        return versions.listOrderByIdDesc().stream().map(v -> VersionSummary.of(v, v.id().equals(liveId))).toList();
    }

    VersionSummary summary(long id) {
        return summary(require(id));
    }

    VersionSummary summary(StoredRuleVersion version) {
        Long liveId = live.findById(LiveRuleSet.ROW).map(LiveRuleSet::versionId).orElse(null);
        return VersionSummary.of(version, version.id().equals(liveId));
    }

    VersionDetail detail(long id) {
        StoredRuleVersion version = require(id);
        List<VersionDetail.RuleFile> contents = files.findByVersionIdOrderByPath(id).stream()
                .map(f -> new VersionDetail.RuleFile(f.path(), kind(f.path()), f.content().length(), f.content()))
                .toList();
        return new VersionDetail(summary(version), contents);
    }

    StoredRuleVersion require(long id) {
        return versions.findById(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("RULE_VERSION_NOT_FOUND", "No rule set version " + RuleVersionName.of(id),
                Map.of("field", "id", "value", id));
    }

    Optional<String> file(long id, String path) {
        require(id);
        return files.findByVersionIdAndPath(id, path).map(StoredRuleFile::content);
    }

    VersionDetail createDraft(AdminPrincipal who, NewDraft body) {
        if (body == null || body.from() == null) {
            throw InvalidInputException.field("from", "is required: the id of the version to copy");
        }
        String label = body.label() == null || body.label().isBlank() ? "Draft from " + RuleVersionName.of(body.from())
                : body.label().strip();
        if (label.length() > MAX_LABEL) {
            throw InvalidInputException.field("label", "must be at most " + MAX_LABEL + " characters");
        }
        long id = transactions.executeWrite(status -> {
            StoredRuleVersion parent = versions.findById(body.from()).orElseThrow(() -> new NotFoundException(
                    "RULE_VERSION_NOT_FOUND", "No rule set version " + RuleVersionName.of(body.from()) + " to copy",
                    Map.of("field", "from", "value", body.from())));
            Instant now = clock.instant();
            StoredRuleVersion draft = versions.save(new StoredRuleVersion(null, label, StoredRuleVersion.DRAFT,
                    who.user(), parent.checksum(), parent.id(), null, now, now, null, null));
            for (StoredRuleFile file : files.findByVersionIdOrderByPath(parent.id())) {
                files.save(new StoredRuleFile(null, draft.id(), file.path(), file.content()));
            }
            audit.record(who, "version.create", TARGET, String.valueOf(draft.id()),
                    "Draft " + RuleVersionName.of(draft.id()) + " copied from " + RuleVersionName.of(parent.id()),
                    null, Map.of("label", label, "parent", RuleVersionName.of(parent.id()), "checksum", draft.checksum()));
            return draft.id();
        });
        return detail(id);
    }

    /** Writes (or, with null content, deletes) files of a draft in one transaction. */
    VersionSummary change(AdminPrincipal who, long id, String action, String summary, Map<String, String> changes) {
        StoredRuleVersion changed = transactions.executeWrite(status -> {
            StoredRuleVersion version = requireDraft(id);
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            changes.forEach((path, content) -> {
                Optional<StoredRuleFile> existing = files.findByVersionIdAndPath(id, path);
                before.put(path, existing.map(StoredRuleFile::content).orElse(null));
                if (content == null) {
                    if (existing.isEmpty()) {
                        throw new NotFoundException("RULE_FILE_NOT_FOUND", "No file " + path + " in "
                                + RuleVersionName.of(id), Map.of("field", "path", "value", path));
                    }
                    files.deleteByVersionIdAndPath(id, path);
                } else {
                    String normalised = normalise(path, content);
                    if (existing.isPresent()) {
                        files.update(existing.get().withContent(normalised));
                    } else {
                        files.save(new StoredRuleFile(null, id, path, normalised));
                    }
                }
                after.put(path, content == null ? null : normalise(path, content));
            });
            String checksum = currentRuleSet(id).checksum();
            StoredRuleVersion updated = versions.update(version.withChecksum(checksum, clock.instant()));
            audit.record(who, action, TARGET, String.valueOf(id), summary, before, after);
            return updated;
        });
        return summary(changed);
    }

    private RuleSet currentRuleSet(long id) {
        Map<String, String> contents = new LinkedHashMap<>();
        files.findByVersionIdOrderByPath(id).forEach(f -> contents.put(f.path(), f.content()));
        return new RuleSet(contents);
    }

    /** The text as the rule set keeps it (line ends normalised), so the stored file and the checksum agree. */
    private static String normalise(String path, String content) {
        return new RuleSet(Map.of(path, content)).files().get(path);
    }

    StoredRuleVersion requireDraft(long id) {
        StoredRuleVersion version = require(id);
        if (!StoredRuleVersion.DRAFT.equals(version.status())) {
            throw new ConflictException("VERSION_NOT_EDITABLE", RuleVersionName.of(id) + " is " + version.status()
                    + "; only a draft can change. Create a draft from it to change it.",
                    Map.of("field", "id", "status", version.status()));
        }
        return version;
    }

    static String kind(@Nullable String path) {
        if (path == null) {
            return "other";
        }
        if (path.startsWith(RuleSet.TABLES)) {
            return "table";
        }
        if (path.startsWith(RuleSet.DRL)) {
            return "drl";
        }
        if (path.startsWith(RuleSet.EXAMPLES)) {
            return "examples";
        }
        return path.equals(RuleSet.SETTINGS) ? "settings" : "other";
    }
}
