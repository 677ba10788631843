package travel.confidence.api.staff;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member of staff changing their own password. */
@Serdeable
public record PasswordChange(@NotBlank String currentPassword,
                             @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String newPassword) {
}
