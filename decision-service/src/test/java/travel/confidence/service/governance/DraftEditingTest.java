package travel.confidence.service.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static travel.confidence.service.governance.GovernanceWorkflowTest.list;
import static travel.confidence.service.governance.GovernanceWorkflowTest.map;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.AdminHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** Editing a draft through each of its doors: workbooks, rows, DRL, weights; and what validation says. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftEditingTest implements TestPropertyProvider {

    private static final String VERSIONS = "/api/admin/rules/versions";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private AdminHttp editor() {
        return AdminHttp.editor(server);
    }

    private long newDraft() {
        AdminHttp.Reply created = editor().post(VERSIONS, "{\"from\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((Number) map(created.json(json).get("version")).get("id")).longValue();
    }

    private String checksum(long id) {
        return map(editor().get(VERSIONS + "/" + id).json(json).get("version")).get("checksum").toString();
    }

    private ErrorResponse error(AdminHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(json, ErrorResponse.class);
    }

    @Test
    void a_workbook_exported_and_imported_unchanged_keeps_the_version_checksum() {
        long id = newDraft();
        String before = checksum(id);
        assertThat(before).isEqualTo(checksum(1));

        AdminHttp.Reply all = editor().get(VERSIONS + "/" + id + "/xlsx");
        assertThat(all.status()).isEqualTo(200);
        AdminHttp.Reply imported = editor().putWorkbook(VERSIONS + "/" + id + "/xlsx", all.bytes());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(checksum(id)).isEqualTo(before);

        byte[] weather = editor().get(VERSIONS + "/" + id + "/tables/weather/xlsx").bytes();
        assertThat(editor().putWorkbook(VERSIONS + "/" + id + "/tables/weather/xlsx", weather).status()).isEqualTo(200);
        assertThat(checksum(id)).isEqualTo(before);
    }

    @Test
    void a_cell_changed_in_the_spreadsheet_lands_in_the_table_row() throws Exception {
        long id = newDraft();
        byte[] exported = editor().get(VERSIONS + "/" + id + "/tables/health/xlsx").bytes();
        byte[] edited;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(exported));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("health");
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Health: doctors are plentiful")) {
                    row.getCell(2).setCellValue(3.8); // typed as a number, as Excel would store it
                }
            }
            workbook.write(out);
            edited = out.toByteArray();
        }

        assertThat(editor().putWorkbook(VERSIONS + "/" + id + "/tables/health/xlsx", edited).status()).isEqualTo(200);

        Map<String, Object> table = editor().get(VERSIONS + "/" + id + "/tables/health").json(json);
        assertThat(table.get("rows").toString()).contains("[Health: doctors are plentiful, physiciansPer1000, 3.8, 1000,");
        assertThat(checksum(id)).isNotEqualTo(checksum(1));
        assertThat(error(editor().putWorkbook(VERSIONS + "/" + id + "/tables/health/xlsx", "not a workbook".getBytes()), 400)
                .error().details()).containsEntry("field", "workbook");
    }

    @Test
    void rows_and_weights_that_do_not_fit_are_refused_naming_the_field() {
        long id = newDraft();
        String rows = VERSIONS + "/" + id + "/tables/health";
        assertThat(error(editor().put(rows, "{\"rows\":[[\"too\",\"short\"]]}"), 400).error().details())
                .containsEntry("field", "rows[0]");
        assertThat(error(editor().put(rows, "{}"), 400).error().details()).containsEntry("field", "rows");
        assertThat(error(editor().put(VERSIONS + "/" + id + "/tables/new-table", "{\"rows\":[]}"), 400).error().details())
                .containsEntry("field", "preamble");

        String weights = VERSIONS + "/" + id + "/weights";
        ErrorResponse notOne = error(editor().put(weights, """
                {"weights":{"safetyIndex":0.3,"weatherStability":0.1,"transportAccessibility":0.15,"languageCompatibility":0.1,
                 "healthEmergency":0.15,"budgetMatch":0.1,"crowdDensity":0.1,"preferenceAlignment":0.1}}"""), 400);
        assertThat(notOne.error().details()).containsEntry("field", "weights");
        assertThat(notOne.error().message()).contains("must add up to 1; they add up to 1.1");
        assertThat(error(editor().put(weights, """
                {"weights":{"safetyIndex":0.2,"weatherStability":0.1,"transportAccessibility":0.15,"languageCompatibility":0.1,
                 "healthEmergency":0.15,"budgetMatch":0.1,"crowdDensity":0.1,"joy":0.1}}"""), 400).error().details().toString())
                .contains("weights.joy", "weights.preferenceAlignment");
        assertThat(error(editor().put(VERSIONS + "/1/weights", "{\"weights\":{}}"), 409).error().code())
                .isEqualTo("VERSION_NOT_EDITABLE");
        assertThat(error(editor().get(VERSIONS + "/999/weights"), 404).error().code()).isEqualTo("RULE_VERSION_NOT_FOUND");
    }

    @Test
    void a_drl_error_is_reported_with_its_file_rule_and_line_and_keeps_the_draft_a_draft() {
        long id = newDraft();
        String drl = editor().get(VERSIONS + "/" + id + "/file?path=drl/persona-weights.drl").body()
                .replace("$d.weigh(\"budgetMatch\", 50,", "$d.weigh(\"budgetMatch\", 50 +,");
        assertThat(editor().putText(VERSIONS + "/" + id + "/drl/persona-weights.drl", drl).status()).isEqualTo(200);

        Map<String, Object> report = editor().post(VERSIONS + "/" + id + "/validate", "").json(json);

        assertThat(report).containsEntry("valid", false);
        assertThat(list(report.get("problems"))).anySatisfy(p -> {
            assertThat(p).containsEntry("check", "compile").containsEntry("file", "drl/persona-weights.drl")
                    .containsEntry("rule", "Weigh budget down for luxury travellers");
            assertThat(((Number) p.get("line")).intValue())
                    .isEqualTo(drl.lines().toList().indexOf("rule \"Weigh budget down for luxury travellers\"") + 1);
        });
        assertThat(map(editor().get(VERSIONS + "/" + id).json(json).get("version"))).containsEntry("status", "draft");
        assertThat(editor().get(VERSIONS + "/" + id + "/validation").json(json)).containsEntry("valid", false);
        AdminHttp.Reply preview = editor().post("/api/confidence/preview", """
                {"ruleVersion":"v%d","factors":{"safetyIndex":90,"weatherStability":70,"transportAccessibility":80,
                 "languageCompatibility":60,"healthEmergency":85,"budgetMatch":55,"crowdDensity":75,"preferenceAlignment":50}}"""
                .formatted(id));
        assertThat(error(preview, 409).error().code()).isEqualTo("RULE_VERSION_INVALID");
    }

    @Test
    void moved_badge_bands_fail_the_badge_property_and_the_badge_examples() {
        long id = newDraft();
        Map<String, Object> badge = editor().get(VERSIONS + "/" + id + "/tables/badge").json(json);
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) badge.get("rows");
        List<List<String>> moved = rows.stream().map(r -> switch (r.get(0)) {
            case "Badge: low confidence" -> List.of(r.get(0), r.get(1), "45", r.get(3), r.get(4));
            case "Badge: moderate confidence" -> List.of(r.get(0), "45", r.get(2), r.get(3), r.get(4));
            default -> r;
        }).toList();
        assertThat(editor().put(VERSIONS + "/" + id + "/tables/badge", json(Map.of("rows", moved))).status()).isEqualTo(200);

        Map<String, Object> report = editor().post(VERSIONS + "/" + id + "/validate", "").json(json);

        assertThat(list(report.get("problems"))).anySatisfy(p -> {
            assertThat(p).containsEntry("check", "property").containsEntry("rule", "Property 3: Badge Category Mapping");
            assertThat(p.get("message").toString()).contains("the seed's bands say Moderate");
        }).anySatisfy(p -> assertThat(p).containsEntry("check", "example").containsEntry("file", "examples/badge.csv"));
        assertThat(list(map(report.get("summary")).get("properties")))
                .filteredOn(p -> !Boolean.TRUE.equals(p.get("passed"))).extracting(p -> p.get("property")).containsExactly(3);
    }

    @Test
    void a_new_drl_file_joins_the_draft_and_can_be_removed_again() {
        long id = newDraft();
        String path = VERSIONS + "/" + id + "/drl/extra.drl";
        assertThat(editor().putText(path, "package travel.confidence.rules.decision\n// nothing yet\n").status()).isEqualTo(200);
        assertThat(editor().get(VERSIONS + "/" + id).body()).contains("drl/extra.drl");
        assertThat(editor().delete(path).status()).isEqualTo(200);
        assertThat(checksum(id)).isEqualTo(checksum(1));
        assertThat(error(editor().putText(VERSIONS + "/" + id + "/drl/settings.properties", "x"), 400)
                .error().details()).containsEntry("field", "name");
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
