package travel.confidence.data.destination;

import io.micronaut.serde.annotation.Serdeable;

/** One government's travel advisory for a destination: its 1-4 level (null when it gives none) and words. */
@Serdeable
public record Advisory(String government, Integer level, String text, String updated) {
}
