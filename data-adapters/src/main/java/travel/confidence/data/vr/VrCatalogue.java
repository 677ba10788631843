package travel.confidence.data.vr;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/** The VR and video previews, per destination. */
public interface VrCatalogue {

    VrEntry add(NewVrEntry entry);

    /** A destination's entries (or every entry when {@code destinationId} is null), oldest first. */
    List<VrEntry> list(@Nullable String destinationId);

    /** Removes an entry; empty when there is none with this id. */
    Optional<VrEntry> remove(String id);
}
