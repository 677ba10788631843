package travel.confidence.data.alert;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where alerts are kept and shared between instances. Every change is announced as {@link AlertChanged}. */
public interface AlertStore {

    StoredAlert post(NewAlert alert);

    /** Marks the alert retracted; empty when there is no alert with this id. Retracting twice changes nothing. */
    Optional<StoredAlert> retract(String id);

    Optional<StoredAlert> find(String id);

    /** Alerts in force for a destination at {@code now}, most recently issued first. */
    List<StoredAlert> active(String destinationId, Instant now);

    /** All alerts, or a destination's; only those in force unless {@code includeInactive}. Newest first. */
    List<StoredAlert> list(@Nullable String destinationId, boolean includeInactive, Instant now);
}
