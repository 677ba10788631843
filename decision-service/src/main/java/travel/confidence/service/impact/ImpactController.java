package travel.confidence.service.impact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleVersionLookup;
import travel.confidence.service.rules.RuleVersionName;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Impact previews: a version (usually a draft) against the live one, as a background job whose progress and
 * report are read with GET.
 */
@AdminErrors
@Controller("/api/admin/rules")
@Tag(name = "Admin: impact preview")
class ImpactController {

    private static final int MAX_REPLAY = 10_000;
    private static final int MAX_MOVERS = 200;

    private final ImpactJobs jobs;
    private final ImpactPreview preview;
    private final RuleVersionLookup versions;
    private final LiveRules live;

    ImpactController(ImpactJobs jobs, ImpactPreview preview, RuleVersionLookup versions, LiveRules live) {
        this.jobs = jobs;
        this.preview = preview;
        this.versions = versions;
        this.live = live;
    }

    @Post("/versions/{id}/impact")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Start an impact preview of a version against the live one; answers 202 with the job to poll")
    @RequestBody(required = false, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ImpactRequest.class),
            examples = @ExampleObject(name = "three personas, January and July", value = ApiExamples.IMPACT)))
    HttpResponse<ImpactJobs.JobView> start(@Parameter(hidden = true) AdminPrincipal who, long id, @Body @Nullable ImpactRequest body) {
        ImpactRequest request = body == null ? new ImpactRequest(null, null, null, null, null) : body;
        List<String> personas = personas(request.personas());
        List<Integer> months = months(request.months());
        int tripDays = bounded(request.tripDays(), ImpactPreview.DEFAULT_TRIP_DAYS, 1, 60, "tripDays");
        int replay = bounded(request.replay(), ImpactPreview.DEFAULT_REPLAY, 0, MAX_REPLAY, "replay");
        int movers = bounded(request.movers(), ImpactPreview.DEFAULT_MOVERS, 0, MAX_MOVERS, "movers");
        String name = RuleVersionName.of(id);
        CompiledRuleSet draft = versions.find(name).orElseThrow(() -> new NotFoundException("RULE_VERSION_NOT_FOUND",
                "No rule set version " + name, Map.of("field", "id", "value", id)));
        ImpactPreview.Plan plan = preview.plan(personas, months, tripDays, replay, movers);
        return HttpResponse.status(HttpStatus.ACCEPTED).body(jobs.start(who.user(), draft, live.current(), plan));
    }

    @Get("/impact/{jobId}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "An impact preview job: percent done, then its report")
    ImpactJobs.JobView job(String jobId) {
        return jobs.find(jobId).orElseThrow(() -> new NotFoundException("IMPACT_JOB_NOT_FOUND",
                "No impact preview job " + jobId + " on this instance (jobs are kept for an hour)",
                Map.of("field", "jobId")));
    }

    private static List<String> personas(List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.copyOf(PersonaGrid.PERSONAS.keySet());
        }
        for (int i = 0; i < given.size(); i++) {
            if (!PersonaGrid.PERSONAS.containsKey(given.get(i))) {
                throw InvalidInputException.field("personas[" + i + "]", "is not a known persona; known: "
                        + String.join(", ", PersonaGrid.PERSONAS.keySet()));
            }
        }
        return given.stream().distinct().toList();
    }

    private static List<Integer> months(List<Integer> given) {
        if (given == null || given.isEmpty()) {
            return IntStream.rangeClosed(1, 12).boxed().toList();
        }
        List<Integer> months = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Integer month = given.get(i);
            if (month == null || month < 1 || month > 12) {
                throw InvalidInputException.field("months[" + i + "]", "must be a month from 1 to 12");
            }
            if (!months.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }

    private static int bounded(Integer value, int fallback, int min, int max, String field) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw InvalidInputException.field(field, "must be from " + min + " to " + max);
        }
        return value;
    }
}
