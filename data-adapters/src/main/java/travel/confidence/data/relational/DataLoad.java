package travel.confidence.data.relational;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One load of a dataset into the document store: which data (by checksum), from where, how many records. */
@MappedEntity("data_load")
public record DataLoad(@Id @GeneratedValue @Nullable Long id, String dataset, String checksum, String origin,
                       int records, Instant loadedAt) {
}
