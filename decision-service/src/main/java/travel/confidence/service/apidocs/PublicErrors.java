package travel.confidence.service.apidocs;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import travel.confidence.api.error.ErrorResponse;

/** The error answers of the public API, documented on a controller with one annotation. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "Bad input: details.field names the field",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class),
                examples = @ExampleObject(name = "a field is wrong", value = ApiExamples.ERROR_400)))
@ApiResponse(responseCode = "404", description = "Unknown destination or record",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class),
                examples = @ExampleObject(name = "unknown destination", value = ApiExamples.ERROR_404)))
@ApiResponse(responseCode = "503", description = "A store is unavailable: retryable, nothing was stored",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class),
                examples = @ExampleObject(name = "store unavailable", value = ApiExamples.ERROR_503)))
public @interface PublicErrors {
}
