package travel.confidence.console.decisionservice;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import java.util.Optional;
import travel.confidence.api.error.ErrorResponse;

/**
 * Rule governance through the admin API: versions, drafts, their DRL, examples, tables (as rows and as Excel
 * workbooks), default weights, validation, publication and rollback. The service decides who may do what
 * (publish and rollback need the admin role).
 */
@Client(id = DecisionServiceClient.SERVICE_ID, path = "/api/admin/rules", errorType = ErrorResponse.class)
public interface RulesClient {

    /** The content type of an Excel workbook. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Get("/versions")
    List<RuleVersion> versions();

    @Post("/versions")
    RuleVersionDetail createDraft(@Body NewDraft draft);

    @Get("/versions/{id}")
    RuleVersionDetail version(long id);

    /** Writes a DRL file of a draft; {@code name} ends in {@code .drl}. */
    @Put(value = "/versions/{id}/drl/{name}", produces = "text/plain")
    RuleVersion putDrl(long id, String name, @Body String text);

    /** Writes an examples file of a draft; {@code name} ends in {@code .csv}. */
    @Put(value = "/versions/{id}/examples/{name}", produces = "text/plain")
    RuleVersion putExamples(long id, String name, @Body String text);

    @Delete("/versions/{id}/drl/{name}")
    RuleVersion deleteDrl(long id, String name);

    @Get("/versions/{id}/tables")
    List<DecisionTable.Summary> tables(long id);

    @Get("/versions/{id}/tables/{name}")
    DecisionTable table(long id, String name);

    @Put("/versions/{id}/tables/{name}")
    RuleVersion putTable(long id, String name, @Body DecisionTable table);

    @Get(value = "/versions/{id}/tables/{name}/xlsx", consumes = XLSX)
    byte[] tableWorkbook(long id, String name);

    @Put(value = "/versions/{id}/tables/{name}/xlsx", produces = XLSX)
    RuleVersion putTableWorkbook(long id, String name, @Body byte[] workbook);

    /** Every table of a version as one workbook, a sheet per table. */
    @Get(value = "/versions/{id}/xlsx", consumes = XLSX)
    byte[] workbook(long id);

    @Put(value = "/versions/{id}/xlsx", produces = XLSX)
    RuleVersion putWorkbook(long id, @Body byte[] workbook);

    @Get("/versions/{id}/weights")
    DefaultWeights weights(long id);

    @Put("/versions/{id}/weights")
    RuleVersion putWeights(long id, @Body DefaultWeights weights);

    /** Runs every check; a draft that passes becomes validated. */
    @Post("/versions/{id}/validate")
    ValidationReport validate(long id);

    /** The latest report, if the version was validated since it last changed. */
    @Get("/versions/{id}/validation")
    Optional<ValidationReport> latestValidation(long id);

    @Post("/versions/{id}/publish")
    RuleVersion publish(long id);

    /** Republishes the version that was live before the current one. */
    @Post("/rollback")
    RuleVersion rollback();

    @Get("/live")
    LiveStatus live();

    /** Starts an impact preview of a version against the live one. */
    @Post("/versions/{id}/impact")
    ImpactJob startImpact(long id, @Body ImpactRequest request);

    @Get("/impact/{jobId}")
    ImpactJob impact(String jobId);
}
