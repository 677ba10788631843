package travel.confidence.service.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import travel.confidence.api.error.ErrorResponse;

/**
 * Errors answered, by status and the ErrorResponse's stable code (seed: track error rates by category). The
 * code set is closed (ErrorCodes), so the series stay few.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
class ErrorMeters {

    private record Key(int status, String code) {
    }

    private final MeterRegistry registry;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    ErrorMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(MutableHttpResponse<?> response) {
        String code = response.getBody(ErrorResponse.class)
                .map(body -> body.error() == null ? null : body.error().code())
                .filter(c -> c.length() <= 40)
                .orElse("NONE");
        counters.computeIfAbsent(new Key(response.code(), code), key -> Counter.builder("confidence.http.errors")
                .description("Error answers by HTTP status and ErrorResponse code")
                .tag("status", String.valueOf(key.status())).tag("code", key.code())
                .register(registry)).increment();
    }
}
