package travel.confidence.data.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import travel.confidence.data.opendata.OpenDataCatalogue;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Indicator;

/** What the catalogue prepares once per load answers exactly what deriving it from each record would. */
class DestinationCatalogueTest {

    private static final List<DestinationRecord> RECORDS = new OpenDataCatalogue(OpenDataFiles.bundled()).build();

    private final DestinationCatalogue catalogue = new DestinationCatalogue();

    @Test
    void destinations_covering_enough_factors_are_those_whose_records_say_so_in_id_order() {
        catalogue.replace(RECORDS);

        for (int factors = 0; factors <= 8; factors++) {
            int least = factors;
            List<String> expected = RECORDS.stream().filter(r -> r.factorsWithData() >= least)
                    .map(DestinationRecord::id).sorted().toList();
            assertThat(catalogue.withDataForAtLeast(factors)).extracting(DestinationRecord::id)
                    .as("at least %d factors", factors).containsExactlyElementsOf(expected);
        }
        assertThat(catalogue.withDataForAtLeast(6)).hasSizeBetween(150, RECORDS.size() - 1);
    }

    @Test
    void indicators_of_a_factor_are_the_records_own_values_of_that_factor() {
        catalogue.replace(RECORDS);

        for (DestinationRecord record : RECORDS) {
            for (Factor factor : Factor.values()) {
                Map<String, SourcedValue> expected = record.indicators().entrySet().stream()
                        .filter(e -> Indicator.byKey(e.getKey()).map(i -> i.factor() == factor).orElse(false))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                assertThat(catalogue.indicatorsOf(record.id().toLowerCase(), factor))
                        .as("%s %s", record.id(), factor).isEqualTo(expected);
            }
        }
        assertThat(catalogue.indicatorsOf("JP", Factor.HEALTH_EMERGENCY)).containsKey("physiciansPer1000");
        assertThat(catalogue.indicatorsOf("XX", Factor.HEALTH_EMERGENCY)).isEmpty();
    }

    @Test
    void a_reload_replaces_what_was_prepared() {
        catalogue.replace(RECORDS);
        DestinationRecord japan = RECORDS.stream().filter(r -> r.id().equals("JP")).findFirst().orElseThrow();

        catalogue.replace(List.of(japan));

        assertThat(catalogue.withDataForAtLeast(0)).containsExactly(japan);
        assertThat(catalogue.indicatorsOf("FR", Factor.HEALTH_EMERGENCY)).isEmpty();
        assertThat(catalogue.all()).containsExactly(japan);
    }
}
