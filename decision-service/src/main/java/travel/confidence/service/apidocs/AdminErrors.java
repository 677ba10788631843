package travel.confidence.service.apidocs;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import travel.confidence.api.error.ErrorResponse;

/**
 * An admin controller: its routes need the staff bearer token, and these are the error answers they share.
 * The role a route needs is in its summary and enforced by {@code @AdminAccess}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SecurityRequirement(name = ApiDocumentation.STAFF_TOKEN)
@ApiResponse(responseCode = "400", description = "Bad input: details.field names the field",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class),
                examples = @ExampleObject(name = "a field is wrong", value = ApiExamples.ERROR_400)))
@ApiResponse(responseCode = "401", description = "No valid staff token",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class),
                examples = @ExampleObject(name = "not signed in", value = ApiExamples.ERROR_401)))
@ApiResponse(responseCode = "403", description = "The token's role does not allow this route",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class),
                examples = @ExampleObject(name = "role too low", value = ApiExamples.ERROR_403)))
@ApiResponse(responseCode = "404", description = "No such record",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class)))
@ApiResponse(responseCode = "409", description = "The record changed or is in a state that does not allow this",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class)))
public @interface AdminErrors {
}
