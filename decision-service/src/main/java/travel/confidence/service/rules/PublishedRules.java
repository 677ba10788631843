package travel.confidence.service.rules;

import java.time.Instant;
import travel.confidence.rules.engine.CompiledRuleSet;

/** Where the published rule set version comes from: the rule versions in the relational store. */
public interface PublishedRules {

    /** The published version, compiled, with when it was published. */
    Published load();

    /** A compiled published version and when it was published (newer publications win a race). */
    record Published(CompiledRuleSet rules, Instant publishedAt) {
    }
}
