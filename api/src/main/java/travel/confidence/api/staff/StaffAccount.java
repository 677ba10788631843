package travel.confidence.api.staff;

import io.micronaut.serde.annotation.Serdeable;

/** A console user as the admin API shows it (never its password hash). */
@Serdeable
public record StaffAccount(String username, String role, boolean disabled, String createdAt, String updatedAt) {
}
