package travel.confidence.data.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import travel.confidence.data.DataDirectory;

/** The one MongoDB client of the process, pointed at the configured MongoDB or at the embedded server. */
@Factory
class MongoClientFactory {

    @Singleton
    @Requires(condition = EmbeddedCondition.class)
    @Bean(preDestroy = "close")
    EmbeddedMongoServer embeddedMongoServer(MongoSettings settings, DataDirectory dataDirectory) {
        return EmbeddedMongoServer.start(dataDirectory.dataDir().resolve("documents"), settings.embeddedPort());
    }

    @Singleton
    @Bean(preDestroy = "close")
    MongoClient mongoClient(MongoSettings settings, @Nullable EmbeddedMongoServer embedded) {
        String uri = settings.embedded() ? embedded.connectionString() : settings.uri();
        MongoClientSettings clientSettings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(settings.timeoutMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(settings.timeoutMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(settings.timeoutMillis() * 2, TimeUnit.MILLISECONDS))
                .build();
        return MongoClients.create(clientSettings);
    }

    @Singleton
    MongoDatabase mongoDatabase(MongoClient client, MongoSettings settings) {
        return client.getDatabase(settings.database());
    }
}
