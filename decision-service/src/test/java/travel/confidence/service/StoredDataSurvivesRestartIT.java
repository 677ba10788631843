package travel.confidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.data.destination.CatalogueLoader;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.data.relational.DataLoad;
import travel.confidence.data.relational.DataLoadRepository;

/**
 * The service started twice on the same data directory, as a user restarting it would: the first start
 * loads the open data into the document store and logs the load; the second finds the same data (same
 * checksum) already stored, serves it without loading it again, and logs nothing new.
 */
class StoredDataSurvivesRestartIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    Path dataDir;

    /** What one run of the service has stored and serves. */
    private record Snapshot(List<DataLoad> loads, Document dataset, long destinationDocuments,
                            Map<String, Object> japan, long listed) {
    }

    @Test
    void the_stored_catalogue_and_its_load_log_survive_a_restart_without_a_reload() {
        Snapshot first = runServiceOnce();

        assertThat(dataDir.resolve("relational")).isDirectory();
        assertThat(dataDir.resolve("documents/documents.mv.db")).isRegularFile();
        String checksum = CatalogueLoader.datasetChecksum(OpenDataFiles.bundled());
        assertThat(first.loads()).singleElement().satisfies(load -> {
            assertThat(load.checksum()).isEqualTo(checksum);
            assertThat(load.origin()).isEqualTo("bundled copy");
            assertThat(load.records()).isGreaterThanOrEqualTo(190);
        });
        assertThat(first.dataset().getString("checksum")).isEqualTo(checksum);
        assertThat(first.destinationDocuments()).isEqualTo(first.loads().get(0).records());
        assertThat(first.listed()).isEqualTo(first.destinationDocuments());

        Snapshot second = runServiceOnce();

        assertThat(second.loads()).as("no second data_load row: the stored data was not reloaded")
                .containsExactlyElementsOf(first.loads());
        assertThat(second.dataset().getDate("loadedAt")).as("the dataset marker was not rewritten")
                .isEqualTo(first.dataset().getDate("loadedAt"));
        assertThat(second.destinationDocuments()).isEqualTo(first.destinationDocuments());
        assertThat(second.listed()).isEqualTo(first.listed());
        assertThat(second.japan()).isEqualTo(first.japan());
    }

    private Snapshot runServiceOnce() {
        Map<String, Object> properties = Map.of("confidence.data-dir", dataDir.toString(), "micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient http = HttpClient.create(server.getURL())) {
            ApplicationContext context = server.getApplicationContext();
            List<DataLoad> loads = context.getBean(DataLoadRepository.class).findByDatasetOrderByLoadedAtDesc("open-data");
            MongoDatabase documents = context.getBean(MongoDatabase.class);
            Document dataset = documents.getCollection("datasets").find(new Document("_id", "open-data")).first();
            assertThat(dataset).isNotNull();
            assertThat(dataset.get("loadedAt")).isInstanceOf(Date.class);
            long destinationDocuments = documents.getCollection("destinations").countDocuments();
            Map<String, Object> japan = http.toBlocking().retrieve(HttpRequest.GET("/api/destinations/JP"), JSON);
            Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/destinations?size=1"), JSON);
            return new Snapshot(loads, dataset, destinationDocuments, japan, ((Number) page.get("total")).longValue());
        }
    }
}
