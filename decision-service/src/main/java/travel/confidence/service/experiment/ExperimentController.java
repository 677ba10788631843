package travel.confidence.service.experiment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** Experiments over HTTP: staff read them and their metrics; admins create, reshare, start and stop them. */
@AdminErrors
@Controller("/api/admin/experiments")
@Tag(name = "Admin: experiments")
class ExperimentController {

    /** The variants a guardrail check stopped. */
    @Serdeable
    record GuardrailCheck(long experimentId, List<String> stopped) {
    }

    private final Experiments experiments;
    private final ExperimentMetrics metrics;
    private final Guardrails guardrails;

    ExperimentController(Experiments experiments, ExperimentMetrics metrics, Guardrails guardrails) {
        this.experiments = experiments;
        this.metrics = metrics;
        this.guardrails = guardrails;
    }

    @Get
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Every experiment, newest first")
    List<ExperimentView> list() {
        return experiments.list();
    }

    @Post
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Create an experiment (draft) with variants, shares and guardrails")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewExperiment.class),
            examples = @ExampleObject(name = "ten percent on a candidate", value = ApiExamples.NEW_EXPERIMENT)))
    HttpResponse<ExperimentView> create(@Parameter(hidden = true) AdminPrincipal who, @Body NewExperiment body) {
        return HttpResponse.status(HttpStatus.CREATED).body(experiments.create(who, body));
    }

    @Get("/{id}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "One experiment")
    ExperimentView get(long id) {
        return experiments.view(id);
    }

    @Put("/{id}/shares")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Change the traffic shares of the variants")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SharesBody.class),
            examples = @ExampleObject(name = "twenty percent on the candidate", value = ApiExamples.SHARES)))
    ExperimentView shares(@Parameter(hidden = true) AdminPrincipal who, long id, @Body SharesBody body) {
        return experiments.setShares(who, id, body);
    }

    @Post("/{id}/start")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Start an experiment (one runs at a time)")
    ExperimentView start(@Parameter(hidden = true) AdminPrincipal who, long id) {
        return experiments.start(who, id);
    }

    @Post("/{id}/stop")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Stop an experiment; everyone decides with the live version again")
    ExperimentView stop(@Parameter(hidden = true) AdminPrincipal who, long id) {
        return experiments.stop(who, id);
    }

    @Get("/{id}/metrics")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Per-variant outcomes with sample sizes and 95 % intervals, and guardrail states")
    MetricsView metrics(long id) {
        return metrics.compute(experiments.require(id), experiments.variantsOf(id));
    }

    @Post("/{id}/guardrails/check")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Check the guardrails now (they are also checked periodically)")
    GuardrailCheck check(long id) {
        experiments.require(id);
        return new GuardrailCheck(id, guardrails.check(id));
    }
}
