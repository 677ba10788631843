package travel.confidence.api.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a console user; a field left out stays as it is. */
@Serdeable
public record StaffAccountUpdate(
        @Nullable @Pattern(regexp = "editor|admin", message = "must be editor or admin")
        @Schema(allowableValues = {"editor", "admin"}) String role,
        @Nullable @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
        @Nullable Boolean disabled) {
}
