package travel.confidence.service.governance;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.ruleset.LiveRuleSet;
import travel.confidence.data.ruleset.LiveRuleSetRepository;
import travel.confidence.data.ruleset.RuleFileRepository;
import travel.confidence.data.ruleset.RuleVersionRepository;
import travel.confidence.data.ruleset.StoredRuleFile;
import travel.confidence.data.ruleset.StoredRuleVersion;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.audit.AuditTrail;

/**
 * On the first start against an empty store, stores the bundled rule set as the first version and publishes it.
 * Two instances starting together may both try: the live pointer's single row (primary key 1) lets only one
 * transaction commit; the other rolls back and finds the seeded version.
 */
@Singleton
class BundledVersionSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(BundledVersionSeeder.class);
    static final AdminPrincipal SEEDER = AdminPrincipal.system("seed");

    private final RuleVersionRepository versions;
    private final RuleFileRepository files;
    private final LiveRuleSetRepository live;
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail audit;
    private final Clock clock;

    BundledVersionSeeder(RuleVersionRepository versions, RuleFileRepository files, LiveRuleSetRepository live,
                         TransactionOperations<Connection> transactions, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.files = files;
        this.live = live;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Seeds unless some version exists; returns quietly when another instance won the race. */
    void seedIfEmpty() {
        try {
            transactions.executeWrite(status -> {
                if (versions.count() > 0 || live.findById(LiveRuleSet.ROW).isPresent()) {
                    return null;
                }
                RuleSet bundled = BundledRuleSet.load();
                Instant now = clock.instant();
                StoredRuleVersion first = versions.save(new StoredRuleVersion(null, "Bundled rule set",
                        StoredRuleVersion.PUBLISHED, SEEDER.user(), bundled.checksum(), null, null, now, now, now, now));
                bundled.files().forEach((path, content) -> files.save(new StoredRuleFile(null, first.id(), path, content)));
                live.save(LiveRuleSet.of(first.id(), first.checksum(), now, SEEDER.user()));
                audit.record(SEEDER, "version.seed", "rule-version", String.valueOf(first.id()),
                        "Stored and published the bundled rule set as the first version", null,
                        Map.of("status", first.status(), "checksum", first.checksum(), "files", bundled.files().size()));
                LOG.info("Seeded rule set version {} from the bundled rules", first.id());
                return null;
            });
        } catch (RuntimeException e) {
            if (live.findById(LiveRuleSet.ROW).isEmpty()) {
                throw e;
            }
            LOG.info("Another instance seeded the first rule set version");
        }
    }
}
