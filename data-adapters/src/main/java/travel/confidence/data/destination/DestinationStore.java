package travel.confidence.data.destination;

import java.util.List;
import java.util.Optional;

/** Where destination records are kept between restarts and shared between instances. */
public interface DestinationStore {

    /** Replaces the stored catalogue with these records, tagged with the checksum of the data they came from. */
    void replaceAll(List<DestinationRecord> records, String datasetChecksum);

    List<DestinationRecord> findAll();

    /** The checksum of the data the stored catalogue was built from, if any is stored. */
    Optional<String> datasetChecksum();
}
