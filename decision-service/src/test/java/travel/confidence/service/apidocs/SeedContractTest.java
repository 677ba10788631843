package travel.confidence.service.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.service.apidocs.SeedContract.Direction;
import travel.confidence.service.apidocs.TypeScriptInterfaces.Named;
import travel.confidence.service.apidocs.TypeScriptInterfaces.ObjectOf;

/**
 * The generated OpenAPI document holds the seed's interfaces field for field: the same names, types,
 * enumerations and optionality, under the seed's names, on the seed's endpoints. The interfaces are the seed's
 * own text ({@code seed/interfaces.ts}); a difference is named by its path.
 */
class SeedContractTest {

    /**
     * Fields the seed requires that the service accepts without, on purpose, and why. Everything else the seed
     * requires is required in the schema too.
     */
    static final Map<String, String> LENIENCIES = Map.of(
            "VRContentRequest.preferredFormat",
            "a query parameter the frontend may leave out: the service then offers VR, else a video",
            "TravelerProfile.userId", "the path names the traveller on PUT; a score request names them in userId",
            "TravelerProfile.persona", "a partial profile is accepted (what is missing is unknown) and answered as stored",
            "TravelerProfile.preferences", "as persona",
            "TravelerProfile.travelHistory", "as persona");

    /** The way each interface travels (TripModeStatus and TravelerProfile are posted and read back). */
    static final Map<String, Direction> DIRECTIONS = Map.ofEntries(
            Map.entry("ConfidenceScoreRequest", Direction.REQUEST), Map.entry("ContextAdjustmentRequest", Direction.REQUEST),
            Map.entry("ImplicitSignal", Direction.REQUEST), Map.entry("ExplicitFeedback", Direction.REQUEST),
            Map.entry("AssistantRequest", Direction.REQUEST), Map.entry("VRContentRequest", Direction.REQUEST),
            Map.entry("TripModeStatus", Direction.BOTH), Map.entry("TravelerProfile", Direction.BOTH),
            Map.entry("ConfidenceScoreResponse", Direction.ANSWER), Map.entry("FactorBreakdown", Direction.ANSWER),
            Map.entry("ContextAdjustmentResponse", Direction.ANSWER), Map.entry("ContextAdjustment", Direction.ANSWER),
            Map.entry("Alert", Direction.ANSWER), Map.entry("PreferenceWeights", Direction.ANSWER),
            Map.entry("AssistantResponse", Direction.ANSWER), Map.entry("AssistantAction", Direction.ANSWER),
            Map.entry("VRContentResponse", Direction.ANSWER), Map.entry("ErrorResponse", Direction.ANSWER));

    static final Map<String, ObjectOf> SEED = seedInterfaces();
    static final OpenApiDocument DOCUMENT = OpenApiDocument.generated();

    /** The seed's endpoints: method, path, request interface (or null), response interface (or null for {success}). */
    static Stream<Arguments> seedEndpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/confidence/calculate", "ConfidenceScoreRequest", "ConfidenceScoreResponse"),
                Arguments.of("POST", "/api/confidence/adjust-context", "ContextAdjustmentRequest", "ContextAdjustmentResponse"),
                Arguments.of("POST", "/api/preferences/track-implicit", "ImplicitSignal", null),
                Arguments.of("POST", "/api/preferences/submit-feedback", "ExplicitFeedback", null),
                Arguments.of("GET", "/api/preferences/weights/{userId}", null, "PreferenceWeights"),
                Arguments.of("POST", "/api/assistant/query", "AssistantRequest", "AssistantResponse"),
                Arguments.of("POST", "/api/assistant/trip-mode", "TripModeStatus", null),
                Arguments.of("GET", "/api/assistant/trip-mode/{userId}", null, "TripModeStatus"),
                Arguments.of("GET", "/api/vr/content/{destinationId}", null, "VRContentResponse"),
                Arguments.of("GET", "/api/profiles/{userId}", null, "TravelerProfile"),
                Arguments.of("PUT", "/api/profiles/{userId}", "TravelerProfile", "TravelerProfile"));
    }

    static Stream<String> seedSchemas() {
        return SEED.keySet().stream().filter(name -> !name.equals("VRContentRequest"));
    }

    @Test
    void the_fixture_holds_every_interface_the_contract_covers() {
        assertThat(SEED).containsOnlyKeys("ConfidenceScoreRequest", "ConfidenceScoreResponse", "FactorBreakdown",
                "ContextAdjustmentRequest", "ContextAdjustmentResponse", "ContextAdjustment", "Alert", "ImplicitSignal",
                "ExplicitFeedback", "PreferenceWeights", "AssistantRequest", "AssistantResponse", "AssistantAction",
                "TripModeStatus", "VRContentRequest", "VRContentResponse", "TravelerProfile", "ErrorResponse");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedSchemas")
    void the_schema_of_each_interface_has_every_field_with_the_same_name_type_and_values(String name) {
        assertThat(contract().compareInterface(name, name, DIRECTIONS.get(name))).as("differences from the seed's " + name).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedEndpoints")
    void each_seed_endpoint_takes_and_answers_the_seed_types(String method, String path, String request, String response) {
        Map<String, Object> operation = DOCUMENT.operation(method, path)
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not in the OpenAPI document"));
        List<String> differences = new ArrayList<>();
        if (request != null) {
            Map<String, Object> body = jsonSchema(OpenApiDocument.map(operation, "requestBody"));
            differences.addAll(contract().compareWith(method + " " + path + " body", new Named(request), body, Direction.REQUEST));
        }
        Map<String, Object> answer = jsonSchema(successResponse(operation));
        if (response != null) {
            differences.addAll(contract().compareWith(method + " " + path + " answer", new Named(response), answer, Direction.ANSWER));
        } else {
            ObjectOf success = TypeScriptInterfaces.parse("interface Success { success: boolean; }").get("Success");
            differences.addAll(contract().compareWith(method + " " + path + " answer", success, answer, Direction.ANSWER));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void every_error_answer_is_the_seed_error_response() {
        List<String> differences = new ArrayList<>();
        DOCUMENT.paths().forEach((path, item) -> SeedContractTest.<Object>cast(item).forEach((method, op) -> {
            Map<String, Object> responses = OpenApiDocument.map(cast(op), "responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> content = OpenApiDocument.map(cast(response), "content");
                    if (content != null) {
                        content.forEach((mediaType, body) -> differences.addAll(contract().compareWith(
                                method + " " + path + " " + status + " " + mediaType, new Named("ErrorResponse"),
                                OpenApiDocument.map(cast(body), "schema"), Direction.ANSWER)));
                    }
                }
            });
        }));
        assertThat(differences).isEmpty();
    }

    @Test
    void the_vr_content_request_is_the_path_and_query_of_its_endpoint() {
        assertThat(vrContentRequestDifferences(contract())).isEmpty();
    }

    private static List<String> vrContentRequestDifferences(SeedContract contract) {
        Map<String, Object> operation = DOCUMENT.operation("GET", "/api/vr/content/{destinationId}").orElseThrow();
        Map<String, Map<String, Object>> parameters = new java.util.HashMap<>();
        OpenApiDocument.list(operation, "parameters").forEach(p -> parameters.put(
                String.valueOf(((Map<?, ?>) p).get("name")), cast(p)));
        // The parameters as an object: each parameter's schema, required when the parameter is.
        Map<String, Object> asSchema = new java.util.HashMap<>();
        Map<String, Object> properties = new java.util.HashMap<>();
        List<Object> required = new ArrayList<>();
        parameters.forEach((name, parameter) -> {
            properties.put(name, OpenApiDocument.map(parameter, "schema"));
            if (Boolean.TRUE.equals(parameter.get("required"))) {
                required.add(name);
            }
        });
        asSchema.put("type", "object");
        asSchema.put("properties", properties);
        asSchema.put("required", required);

        assertThat(parameters.get("destinationId")).containsEntry("in", "path");
        assertThat(parameters.get("preferredFormat")).containsEntry("in", "query");
        return contract.compareWith("VRContentRequest", SEED.get("VRContentRequest"), asSchema, Direction.REQUEST);
    }

    @Test
    void the_comparison_names_each_kind_of_difference_by_its_path() {
        OpenApiDocument wrong = OpenApiDocument.of("""
                components:
                  schemas:
                    FactorBreakdown:
                      type: object
                      required: [factorName, score, weight, contribution]
                      properties:
                        factorName: {type: string}
                        score: {type: string}
                        weight: {type: number}
                        contribution: {type: number}
                        explaination: {type: string}
                    Alert:
                      type: object
                      required: [type, severity, message, source, issuedAt]
                      properties:
                        type: {type: string, enum: [geopolitical, weather, health]}
                        severity: {type: string, enum: [low, medium, high, critical]}
                        message: {type: string}
                        source: {type: string}
                        issuedAt: {type: string}
                    ConfidenceScoreResponse:
                      type: object
                      required: [destinationId, score, badge, breakdown, explanation, calculatedAt, ttl]
                      properties:
                        destinationId: {type: string}
                        score: {type: number}
                        badge: {type: string, enum: [Low, Moderate, High, Excellent]}
                        breakdown: {type: array, items: {$ref: '#/components/schemas/Factor'}}
                        explanation: {type: string}
                        calculatedAt: {type: string}
                        ttl: {type: integer}
                    Factor:
                      type: object
                      properties:
                        factorName: {type: string}
                """);
        SeedContract contract = new SeedContract(SEED, wrong, Map.of());

        assertThat(contract.compareInterface("FactorBreakdown", "FactorBreakdown", Direction.ANSWER)).containsExactlyInAnyOrder(
                "FactorBreakdown.score: number in the seed, type string in the schema",
                "FactorBreakdown.explanation: missing from the schema (it has [contribution, explaination, factorName, score, weight])");
        assertThat(contract.compareInterface("Alert", "Alert", Direction.ANSWER)).containsExactly(
                "Alert.type: enumeration [geopolitical, health, safety, weather] in the seed, [geopolitical, health, weather] in the schema");
        assertThat(contract.compareInterface("ConfidenceScoreResponse", "ConfidenceScoreResponse", Direction.ANSWER)).contains(
                "ConfidenceScoreResponse.breakdown[]: the seed's FactorBreakdown, the schema Factor in the document",
                "ConfidenceScoreResponse.breakdown[].score: missing from the schema (it has [factorName])",
                "ConfidenceScoreResponse.breakdown[].factorName: required in the seed, optional in the schema");
        assertThat(contract.compareInterface("ErrorResponse", "ErrorResponse", Direction.ANSWER)).containsExactly(
                "ErrorResponse: no schema named ErrorResponse in the OpenAPI document");
    }

    @Test
    void the_parser_reads_the_seed_subset_and_refuses_anything_else() {
        Map<String, ObjectOf> parsed = TypeScriptInterfaces.parse("""
                interface Trip {
                  id: string; // a comment
                  days?: number;
                  kind: 'a' | 'b';
                  tags: string[];
                  where: { lat: number; };
                  profile?: TravelerProfile;
                }""");
        assertThat(parsed.get("Trip").fields()).extracting(TypeScriptInterfaces.Field::name)
                .containsExactly("id", "days", "kind", "tags", "where", "profile");
        assertThat(parsed.get("Trip").fields().get(1).optional()).isTrue();
        assertThat(parsed.get("Trip").fields().get(2).type())
                .isEqualTo(new TypeScriptInterfaces.Literals(java.util.Set.of("a", "b")));
        assertThatThrownBy(() -> TypeScriptInterfaces.parse("interface X { ids: Array<string>; }"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_leniency_is_still_needed() {
        SeedContract contract = contract();
        SEED.keySet().stream().filter(n -> !n.equals("VRContentRequest"))
                .forEach(name -> contract.compareInterface(name, name, DIRECTIONS.get(name)));
        vrContentRequestDifferences(contract);
        assertThat(contract.unusedLeniencies()).isEmpty();
    }

    private static SeedContract contract() {
        return new SeedContract(SEED, DOCUMENT, LENIENCIES);
    }

    private static Map<String, Object> successResponse(Map<String, Object> operation) {
        Map<String, Object> responses = OpenApiDocument.map(operation, "responses");
        return responses.entrySet().stream().filter(e -> e.getKey().startsWith("2")).sorted(Map.Entry.comparingByKey())
                .map(e -> SeedContractTest.<Object>cast(e.getValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no 2xx answer in " + responses.keySet()));
    }

    private static Map<String, Object> jsonSchema(Map<String, Object> bodyOrResponse) {
        Map<String, Object> content = OpenApiDocument.map(bodyOrResponse, "content");
        assertThat(content).as("content of " + bodyOrResponse).containsKey("application/json");
        return OpenApiDocument.map(OpenApiDocument.map(content, "application/json"), "schema");
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> cast(Object value) {
        return (Map<String, T>) value;
    }

    private static Map<String, ObjectOf> seedInterfaces() {
        try (InputStream in = SeedContractTest.class.getResourceAsStream("/seed/interfaces.ts")) {
            return TypeScriptInterfaces.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
