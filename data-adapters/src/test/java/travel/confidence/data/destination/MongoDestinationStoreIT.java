package travel.confidence.data.destination;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.data.mongo.EmbeddedMongoServer;
import travel.confidence.data.opendata.OpenDataCatalogue;
import travel.confidence.data.opendata.OpenDataFiles;

/**
 * The destination store against the MongoDB-wire server the product embeds, with its persistent H2 backend
 * in a temporary directory: the same driver calls the product makes against a real MongoDB.
 */
class MongoDestinationStoreIT {

    private static final String CHECKSUM = "checksum-of-the-bundled-data";

    private static List<DestinationRecord> catalogue;

    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;

    @BeforeAll
    static void buildCatalogue() {
        catalogue = new OpenDataCatalogue(OpenDataFiles.bundled()).build();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void stored_destinations_read_back_field_by_field_with_their_provenance() {
        MongoDestinationStore store = start();

        store.replaceAll(catalogue, CHECKSUM);
        List<DestinationRecord> found = store.findAll();

        assertThat(found).extracting(DestinationRecord::id).isSorted();
        assertSameRecords(found, catalogue);
        DestinationRecord japan = byId(found).get("JP");
        assertThat(japan.indicators().get("physiciansPer1000"))
                .isEqualTo(new SourcedValue(2.614, "World Bank WDI SH.MED.PHYS.ZS", "2020"));
        assertThat(japan.advisories()).extracting(Advisory::government, Advisory::level)
                .contains(org.assertj.core.groups.Tuple.tuple("U.S. Department of State", 1));
        assertThat(byId(found).get("XK").indicators()).doesNotContainKey("physiciansPer1000");
        assertThat(store.datasetChecksum()).contains(CHECKSUM);
    }

    @Test
    void a_destination_is_one_document_keyed_by_its_code_with_each_value_beside_its_source() {
        MongoDestinationStore store = start();

        store.replaceAll(catalogue, CHECKSUM);

        Document japan = client.getDatabase("confidence").getCollection(MongoDestinationStore.COLLECTION)
                .find(new Document("_id", "JP")).first();
        assertThat(japan).isNotNull();
        assertThat(japan.getString("iso3")).isEqualTo("JPN");
        Document physicians = japan.get("indicators", Document.class).get("physiciansPer1000", Document.class);
        assertThat(physicians).containsEntry("value", 2.614)
                .containsEntry("source", "World Bank WDI SH.MED.PHYS.ZS")
                .containsEntry("asOf", "2020");
    }

    @Test
    void replacing_the_catalogue_removes_destinations_the_new_data_no_longer_has() {
        MongoDestinationStore store = start();
        store.replaceAll(catalogue, CHECKSUM);
        List<DestinationRecord> withoutJapanAndKosovo = catalogue.stream()
                .filter(d -> !d.id().equals("JP") && !d.id().equals("XK")).toList();

        store.replaceAll(withoutJapanAndKosovo, "checksum-of-newer-data");

        List<DestinationRecord> found = store.findAll();
        assertThat(found).extracting(DestinationRecord::id)
                .doesNotContain("JP", "XK")
                .containsExactlyElementsOf(withoutJapanAndKosovo.stream().map(DestinationRecord::id).sorted().toList());
        assertThat(store.datasetChecksum()).contains("checksum-of-newer-data");
    }

    @Test
    void an_empty_store_has_no_checksum_so_the_data_gets_loaded() {
        MongoDestinationStore store = start();

        assertThat(store.datasetChecksum()).isEmpty();
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void stored_destinations_survive_stopping_and_restarting_the_embedded_server_on_the_same_directory() {
        start().replaceAll(catalogue, CHECKSUM);
        stop();

        MongoDestinationStore restarted = start();

        assertThat(restarted.datasetChecksum()).contains(CHECKSUM);
        assertSameRecords(restarted.findAll(), catalogue);
    }

    private MongoDestinationStore start() {
        server = EmbeddedMongoServer.start(dataDir.resolve("documents"), 0);
        client = MongoClients.create(server.connectionString());
        return new MongoDestinationStore(client.getDatabase("confidence"));
    }

    /** Every field of every record (records compare field by field), destination by destination. */
    private static void assertSameRecords(List<DestinationRecord> found, List<DestinationRecord> expected) {
        Map<String, DestinationRecord> foundById = byId(found);
        assertThat(foundById.keySet()).containsExactlyInAnyOrderElementsOf(byId(expected).keySet());
        expected.forEach(record -> assertThat(foundById.get(record.id())).as(record.id()).isEqualTo(record));
    }

    private static Map<String, DestinationRecord> byId(List<DestinationRecord> records) {
        return records.stream().collect(Collectors.toMap(DestinationRecord::id, Function.identity()));
    }
}
