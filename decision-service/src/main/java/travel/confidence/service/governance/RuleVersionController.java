package travel.confidence.service.governance;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.RuleVersionName;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Rule set versions over HTTP: list and read them, copy one into a draft, edit a draft's DRL, examples and
 * weights, validate it, and (admin only) publish it or roll back. Decision tables have their own controller.
 */
@AdminErrors
@Controller("/api/admin/rules")
@Tag(name = "Admin: rule versions")
class RuleVersionController {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final RuleVersions versions;
    private final DraftWeights weights;
    private final DraftValidator validator;
    private final Publication publication;

    RuleVersionController(RuleVersions versions, DraftWeights weights, DraftValidator validator, Publication publication) {
        this.versions = versions;
        this.weights = weights;
        this.validator = validator;
        this.publication = publication;
    }

    @Get("/versions")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Every rule set version, newest first, with status, author, checksum and parent")
    List<VersionSummary> list() {
        return versions.list();
    }

    @Post("/versions")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Create a draft as a copy of any version")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewDraft.class),
            examples = @ExampleObject(name = "copy version 1", value = ApiExamples.NEW_DRAFT)))
    HttpResponse<VersionDetail> create(@Parameter(hidden = true) AdminPrincipal who, @Body NewDraft body) {
        return HttpResponse.status(HttpStatus.CREATED).body(versions.createDraft(who, body));
    }

    @Get("/versions/{id}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "One version with all its files")
    VersionDetail get(long id) {
        return versions.detail(id);
    }

    @Get(value = "/versions/{id}/file", produces = MediaType.TEXT_PLAIN)
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "The text of one file of a version, by its path (drl/pipeline.drl)")
    String file(long id, @QueryValue String path) {
        return versions.file(id, path).orElseThrow(() -> new NotFoundException("RULE_FILE_NOT_FOUND",
                "No file " + path + " in " + RuleVersionName.of(id), Map.of("field", "path")));
    }

    @Put(value = "/versions/{id}/drl/{name}", consumes = MediaType.TEXT_PLAIN)
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Write a DRL file of a draft (creates it if new)")
    @RequestBody(required = true, content = @Content(mediaType = "text/plain",
            examples = @ExampleObject(name = "a persona rule", value = ApiExamples.DRL)))
    VersionSummary putDrl(@Parameter(hidden = true) AdminPrincipal who, long id,
                          @PathVariable @Parameter(description = "A DRL file name", example = "family-weights.drl") String name, @Body String text) {
        String path = RuleSet.DRL + fileName(name, ".drl");
        return versions.change(who, id, "drl.update", "Edited " + path + " in " + RuleVersionName.of(id),
                Map.of(path, required(text)));
    }

    @Delete("/versions/{id}/drl/{name}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Remove a DRL file from a draft")
    VersionSummary deleteDrl(@Parameter(hidden = true) AdminPrincipal who, long id,
                             @PathVariable @Parameter(description = "A DRL file name", example = "family-weights.drl") String name) {
        String path = RuleSet.DRL + fileName(name, ".drl");
        Map<String, String> removal = new HashMap<>();
        removal.put(path, null);
        return versions.change(who, id, "drl.delete", "Removed " + path + " from " + RuleVersionName.of(id), removal);
    }

    @Put(value = "/versions/{id}/examples/{name}", consumes = {MediaType.TEXT_PLAIN, "text/csv"})
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Write an examples file of a draft (CSV: input and expected output)")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "badge examples", value = ApiExamples.EXAMPLES_CSV)),
            @Content(mediaType = "text/plain", examples = @ExampleObject(name = "badge examples", value = ApiExamples.EXAMPLES_CSV))})
    VersionSummary putExamples(@Parameter(hidden = true) AdminPrincipal who, long id,
                               @PathVariable @Parameter(description = "An examples file name", example = "badge.csv") String name, @Body String text) {
        String path = RuleSet.EXAMPLES + fileName(name, ".csv");
        return versions.change(who, id, "examples.update", "Edited " + path + " in " + RuleVersionName.of(id),
                Map.of(path, required(text)));
    }

    @Get("/versions/{id}/weights")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "The default factor weights of a version")
    WeightsBody getWeights(long id) {
        return weights.get(id);
    }

    @Put("/versions/{id}/weights")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Set the default factor weights of a draft; they must add up to 1")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = WeightsBody.class),
            examples = @ExampleObject(name = "safety up, crowds down", value = ApiExamples.WEIGHTS)))
    VersionSummary putWeights(@Parameter(hidden = true) AdminPrincipal who, long id, @Body WeightsBody body) {
        return weights.put(who, id, body);
    }

    @Post("/versions/{id}/validate")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Compile and check a version: tables, examples, the seed's properties; a draft that passes becomes validated")
    ValidationReport validate(@Parameter(hidden = true) AdminPrincipal who, long id) {
        return validator.validate(who, id);
    }

    @Get("/versions/{id}/validation")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "The latest validation report of a version")
    ValidationReport validation(long id) {
        return validator.latest(id).orElseThrow(() -> new NotFoundException("VALIDATION_NOT_FOUND",
                RuleVersionName.of(id) + " has not been validated since it last changed", Map.of("field", "id")));
    }

    @Post("/versions/{id}/publish")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Publish a validated version (or republish an archived one); every instance decides with it within seconds")
    VersionSummary publish(@Parameter(hidden = true) AdminPrincipal who, long id) {
        return publication.publish(who, id);
    }

    @Post("/rollback")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Republish the version that was published before the live one")
    VersionSummary rollback(@Parameter(hidden = true) AdminPrincipal who) {
        return publication.rollback(who);
    }

    @Get("/live")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "The published version, and the version this instance decides with")
    LiveStatus live() {
        return publication.status();
    }

    private static String fileName(@Nullable String name, String suffix) {
        if (name == null || !FILE_NAME.matcher(name).matches() || !name.endsWith(suffix) || name.contains("..")) {
            throw InvalidInputException.field("name", "must be a file name ending in " + suffix
                    + " (letters, digits, '.', '-', '_')");
        }
        return name;
    }

    private static String required(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field("body", "is required: the file's text");
        }
        return text;
    }
}
