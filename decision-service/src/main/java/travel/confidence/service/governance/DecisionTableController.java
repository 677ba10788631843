package travel.confidence.service.governance;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.rules.RuleVersionName;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A version's decision tables: as rows (JSON) for an editor grid, and as an Excel workbook for staff who keep
 * working in a spreadsheet. Only a draft's tables change.
 */
@AdminErrors
@Controller("/api/admin/rules/versions/{id}")
@Tag(name = "Admin: decision tables")
class DecisionTableController {

    private final DecisionTableEditor tables;

    DecisionTableController(DecisionTableEditor tables) {
        this.tables = tables;
    }

    @Get("/tables")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "The decision tables of a version")
    List<DecisionTableEditor.TableSummary> list(long id) {
        return tables.tables(id);
    }

    @Get("/tables/{name}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "One table as header columns and rows of cells")
    TableRows rows(long id, @PathVariable @Parameter(description = "A table name", example = "badge") String name) {
        return tables.rows(id, name);
    }

    @Put("/tables/{name}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Replace a draft table's rows (and optionally its columns and the lines before it)")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TableRows.class),
            examples = @ExampleObject(name = "the badge table", value = ApiExamples.TABLE)))
    VersionSummary putRows(@Parameter(hidden = true) AdminPrincipal who, long id, @PathVariable @Parameter(description = "A table name", example = "badge") String name, @Body TableRows body) {
        return tables.putRows(who, id, name, body);
    }

    @Get(value = "/tables/{name}/xlsx", produces = TableWorkbooks.CONTENT_TYPE)
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "One table as an Excel workbook")
    HttpResponse<byte[]> exportTable(long id, @PathVariable @Parameter(description = "A table name", example = "badge") String name) {
        return attachment(tables.exportTable(id, name), RuleVersionName.of(id) + "-" + name + ".xlsx");
    }

    @Put(value = "/tables/{name}/xlsx", consumes = TableWorkbooks.CONTENT_TYPE)
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Replace a draft table with a workbook's sheet of its name (or its only sheet)")
    @RequestBody(required = true, description = "An Excel workbook (.xlsx) with a sheet named after the table, or only one sheet, in the layout the export gives",
            content = @Content(mediaType = TableWorkbooks.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary")))
    VersionSummary importTable(@Parameter(hidden = true) AdminPrincipal who, long id, @PathVariable @Parameter(description = "A table name", example = "badge") String name, @Body byte[] workbook) {
        return tables.importTable(who, id, name, workbook);
    }

    @Get(value = "/xlsx", produces = TableWorkbooks.CONTENT_TYPE)
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Every table of a version as one workbook, a sheet per table")
    HttpResponse<byte[]> exportAll(long id) {
        return attachment(tables.exportAll(id), RuleVersionName.of(id) + "-tables.xlsx");
    }

    @Put(value = "/xlsx", consumes = TableWorkbooks.CONTENT_TYPE)
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Replace a draft's tables with a workbook's sheets (a sheet per table, by name)")
    @RequestBody(required = true, description = "An Excel workbook (.xlsx) with a sheet per table, named after the tables, in the layout the export gives",
            content = @Content(mediaType = TableWorkbooks.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary")))
    VersionSummary importAll(@Parameter(hidden = true) AdminPrincipal who, long id, @Body byte[] workbook) {
        return tables.importAll(who, id, workbook);
    }

    private static HttpResponse<byte[]> attachment(byte[] workbook, String fileName) {
        return HttpResponse.ok(workbook).contentType(TableWorkbooks.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
