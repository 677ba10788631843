package travel.confidence.service.health;

import com.mongodb.client.MongoDatabase;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.bson.Document;
import org.reactivestreams.Publisher;

/**
 * Health and readiness of the document store: a ping through the same driver the service writes with,
 * run off the event loop because a dead store makes the ping wait for its timeout.
 */
@Singleton
@Readiness
class DocumentStoreHealthIndicator implements HealthIndicator {

    private final MongoDatabase database;
    private final ExecutorService blocking;

    DocumentStoreHealthIndicator(MongoDatabase database, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.database = database;
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(this::ping, blocking));
    }

    private HealthResult ping() {
        try {
            Document answer = database.runCommand(new Document("ping", 1));
            return HealthResult.builder("documentStore", HealthStatus.UP)
                    .details(Map.of("database", database.getName(), "ok", answer.get("ok"))).build();
        } catch (RuntimeException e) {
            return HealthResult.builder("documentStore", HealthStatus.DOWN)
                    .details(Map.of("database", database.getName(), "error", e.getClass().getSimpleName())).build();
        }
    }
}
