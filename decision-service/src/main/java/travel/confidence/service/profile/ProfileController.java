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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import travel.confidence.api.profile.TravelerProfile;

/**
 * The seed's {@code TravelerProfile} by user id. Every answer carries an {@code ETag} with the profile's
 * version; a PUT with {@code If-Match} only applies to that version (409 otherwise), and a PUT racing another
 * one on the same profile loses with a 409 rather than silently overwriting it. {@code preferenceWeights},
 * {@code createdAt} and {@code updatedAt} are the service's: a PUT ignores them.
 */
@Controller("/api/profiles")
@Tag(name = "Profiles")
class ProfileController {

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @Get("/{userId}")
    @Operation(summary = "The traveller's profile with their learned preference weights")
    HttpResponse<TravelerProfile> get(@PathVariable @NotBlank @Size(max = 128) String userId) {
        Profiles.Versioned found = profiles.get(userId);
        return HttpResponse.ok(found.profile()).header(HttpHeaders.ETAG, found.etag());
    }

    @Put("/{userId}")
    @Operation(summary = "Create or replace the traveller's profile; their cached scores are recalculated")
    HttpResponse<TravelerProfile> put(@PathVariable @NotBlank @Size(max = 128) String userId,
                                      @Body @Valid TravelerProfile profile,
                                      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Profiles.Saved saved = profiles.put(userId, profile, ifMatch);
        return HttpResponse.<TravelerProfile>status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.profile().profile()).header(HttpHeaders.ETAG, saved.profile().etag());
    }
}
