package travel.confidence.data.ruleset;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** The pointer to the published version: read by every instance's poll, locked by a publication. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LiveRuleSetRepository extends CrudRepository<LiveRuleSet, Integer> {

    /** Reads the pointer and holds its row lock until the transaction ends. */
    @Query("SELECT id, version_id, checksum, published_at, published_by FROM live_rule_set WHERE id = 1 FOR UPDATE")
    Optional<LiveRuleSet> lockLive();
}
