package travel.confidence.data.mongo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.annotation.Nullable;

/**
 * Where the document store is. With a {@code uri} the official driver talks to that MongoDB; without one an
 * in-process MongoDB-wire server is started on a loopback port with its files under the data directory.
 *
 * @param uri            a MongoDB connection string, or empty for the embedded server
 * @param database       the database name
 * @param embeddedPort   the loopback port of the embedded server; 0 picks a free one
 * @param timeoutMillis  how long a driver call may wait for the server before failing
 */
@ConfigurationProperties(MongoSettings.PREFIX)
public record MongoSettings(@Nullable String uri,
                            @Bindable(defaultValue = "confidence") String database,
                            @Bindable(defaultValue = "0") int embeddedPort,
                            @Bindable(defaultValue = "5000") int timeoutMillis) {

    public static final String PREFIX = "confidence.mongo";

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
