package travel.confidence.data.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The audit log; entries are only ever added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditLogRepository extends CrudRepository<AuditEntry, Long> {

    Page<AuditEntry> findAll(Pageable pageable);

    Page<AuditEntry> findByTargetTypeAndTargetId(String targetType, String targetId, Pageable pageable);

    Page<AuditEntry> findByTargetType(String targetType, Pageable pageable);

    Page<AuditEntry> findByActor(String actor, Pageable pageable);
}
