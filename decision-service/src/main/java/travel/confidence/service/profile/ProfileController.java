package travel.confidence.service.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.service.error.StrictJson;
import travel.confidence.service.security.ForUser;
import travel.confidence.service.apidocs.PublicErrors;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;

/**
 * The seed's {@code TravelerProfile} by user id. Every answer carries an {@code ETag} with the profile's
 * version; a PUT with {@code If-Match} only applies to that version (409 otherwise), and a PUT racing another
 * one on the same profile loses with a 409 rather than silently overwriting it. {@code preferenceWeights},
 * {@code createdAt} and {@code updatedAt} are the service's: a PUT ignores them. A wrong value (an unknown
 * budget tier, a rating above 5, a number where text belongs) is a 400 naming the field.
 */
@PublicErrors
@Controller("/api/profiles")
@Tag(name = "Profiles")
class ProfileController {

    private final Profiles profiles;
    private final StrictJson json;

    ProfileController(Profiles profiles, StrictJson json) {
        this.profiles = profiles;
        this.json = json;
    }

    @Get("/{userId}")
    @ForUser(path = "userId")
    @Operation(summary = "The traveller's profile with their learned preference weights")
    HttpResponse<TravelerProfile> get(@PathVariable @NotBlank @Size(max = 128) String userId) {
        Profiles.Versioned found = profiles.get(userId);
        return HttpResponse.ok(found.profile()).header(HttpHeaders.ETAG, found.etag());
    }

    @Put("/{userId}")
    @ForUser(path = "userId")
    @Operation(summary = "Create or replace the traveller's profile; their cached scores are recalculated")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TravelerProfile.class),
            examples = @ExampleObject(name = "an intermediate couple", value = ApiExamples.PROFILE)))
    HttpResponse<TravelerProfile> put(@PathVariable @NotBlank @Size(max = 128) String userId, @Body String body,
                                      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Profiles.Saved saved = profiles.put(userId, json.read(body, TravelerProfile.class), ifMatch);
        return HttpResponse.<TravelerProfile>status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.profile().profile()).header(HttpHeaders.ETAG, saved.profile().etag());
    }
}
