package travel.confidence.service.staff;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.DataDirectory;
import travel.confidence.data.staff.ConsoleUser;
import travel.confidence.data.staff.ConsoleUserRepository;

/**
 * Makes sure someone can sign in on a first start: when there is no console user at all, it creates the first
 * admin with the configured password, or with a random one written to {@code first-admin-password} in the data
 * directory (readable by its owner only). No password is ever built into the product.
 */
@Singleton
class FirstAdmin {

    static final String PASSWORD_FILE = "first-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final ConsoleUserRepository users;
    private final StaffSettings settings;
    private final DataDirectory dataDirectory;
    private final Clock clock;

    FirstAdmin(ConsoleUserRepository users, StaffSettings settings, DataDirectory dataDirectory, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        boolean configured = settings.firstAdminPassword() != null && !settings.firstAdminPassword().isBlank();
        String password = configured ? settings.firstAdminPassword() : PasswordHasher.randomPassword();
        Instant now = clock.instant();
        try {
            users.save(new ConsoleUser(settings.firstAdminUsername(), PasswordHasher.hash(password), "admin", false, now,
                    now, null));
        } catch (RuntimeException e) {
            // Another instance created it at the same moment: its account stands.
            LOG.info("The first admin was created by another instance");
            return;
        }
        if (configured) {
            LOG.info("Created the first admin '{}' with the configured password", settings.firstAdminUsername());
        } else {
            Path file = dataDirectory.dataDir().resolve(PASSWORD_FILE);
            write(file, password);
            LOG.warn("Created the first admin '{}' with a random password, written to {}: sign in and change it",
                    settings.firstAdminUsername(), file.toAbsolutePath());
        }
    }

    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("Cannot restrict {} on this file system", file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the first admin's password to " + file, e);
        }
    }
}
