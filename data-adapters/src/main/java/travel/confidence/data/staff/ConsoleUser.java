package travel.confidence.data.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A member of staff who may sign in to the console.
 *
 * @param passwordHash a salted PBKDF2 hash in the form {@code pbkdf2-sha256$iterations$salt$hash} (base64)
 * @param role         {@code editor} or {@code admin}
 */
@MappedEntity("console_user")
public record ConsoleUser(@Id String username, String passwordHash, String role, boolean disabled,
                          Instant createdAt, Instant updatedAt, @Version @Nullable Long version) {
}
