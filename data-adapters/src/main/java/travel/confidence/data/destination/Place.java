package travel.confidence.data.destination;

import io.micronaut.serde.annotation.Serdeable;

/** A named point, such as a capital city, with its coordinates. */
@Serdeable
public record Place(String name, double latitude, double longitude) {
}
