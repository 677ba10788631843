package travel.confidence.data.vr;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.data.mongo.EmbeddedMongoServer;
import travel.confidence.data.support.MutableClock;

/** The preview catalogue against the MongoDB-wire server the product embeds, with its persistent backend. */
class MongoVrCatalogueIT {

    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private final MutableClock clock = new MutableClock();

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
    void entries_read_back_field_by_field_per_destination_oldest_first() {
        MongoVrCatalogue catalogue = start();
        VrEntry tour = catalogue.add(new NewVrEntry("pt", "vr360", "https://www.youtube-nocookie.com/embed/tour",
                "iframe", "https://i.ytimg.com/vi/tour/hqdefault.jpg", "3840x1920", null, "YouTube", "CC BY 4.0"));
        clock.advance(Duration.ofMinutes(1));
        VrEntry film = catalogue.add(new NewVrEntry("PT", "video", "https://player.vimeo.com/video/1", "iframe", null,
                "1920x1080", 95, "Vimeo", "CC BY 4.0"));
        catalogue.add(new NewVrEntry("ES", "panorama", "https://kuula.co/share/x", "iframe", null, "8K", null, "Kuula",
                "CC BY-SA 4.0"));

        assertThat(catalogue.list("PT")).containsExactly(tour, film);
        assertThat(tour.destinationId()).isEqualTo("PT");
        assertThat(film.duration()).isEqualTo(95);
        assertThat(catalogue.list(null)).hasSize(3);

        stop();
        MongoVrCatalogue restarted = start();
        assertThat(restarted.list("pt")).containsExactly(tour, film);
        assertThat(restarted.remove(tour.id())).contains(tour);
        assertThat(restarted.remove(tour.id())).isEmpty();
        assertThat(restarted.list("PT")).containsExactly(film);
    }

    private MongoVrCatalogue start() {
        server = EmbeddedMongoServer.start(dataDir.resolve("documents"), 0);
        client = MongoClients.create(server.connectionString());
        return new MongoVrCatalogue(client.getDatabase("confidence"), clock);
    }
}
