package travel.confidence.api.staff;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A console user to create. */
@Serdeable
public record NewStaffAccount(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._@-]{2,64}", message = "must be 2-64 letters, digits or . _ @ -") String username,
        @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
        @NotBlank @Pattern(regexp = "editor|admin", message = "must be editor or admin")
        @Schema(allowableValues = {"editor", "admin"}) String role) {
}
