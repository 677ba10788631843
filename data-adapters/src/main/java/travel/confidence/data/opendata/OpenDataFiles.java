package travel.confidence.data.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where the open data files are read from: a directory an operator points us to (so a newer download can
 * be dropped in, file by file, in the sources' own layouts), falling back to the copy shipped in this jar.
 */
public final class OpenDataFiles {

    /** Every file the loader reads; the checksum covers exactly these. */
    public static final List<String> FILES = List.of(
            "countries.csv", "travel_advisories.csv", "transport.csv", "languages_cldr.csv",
            "climate_monthly.csv", "emergency_numbers.csv", "cities.csv",
            WorldBankIndicator.PHYSICIANS.file(), WorldBankIndicator.HOSPITAL_BEDS.file(),
            WorldBankIndicator.LIFE_EXPECTANCY.file(), WorldBankIndicator.PRICE_LEVEL.file(),
            WorldBankIndicator.ARRIVALS.file(), WorldBankIndicator.POPULATION.file());

    private static final String BUNDLED = "opendata/";

    private final Optional<Path> directory;

    private OpenDataFiles(Optional<Path> directory) {
        this.directory = directory;
    }

    public static OpenDataFiles bundled() {
        return new OpenDataFiles(Optional.empty());
    }

    /** Files present in {@code directory} win; the rest come from the bundled copy. */
    public static OpenDataFiles overriddenBy(Path directory) {
        return new OpenDataFiles(Optional.of(directory));
    }

    public String read(String file) {
        try {
            if (directory.isPresent() && Files.isRegularFile(directory.get().resolve(file))) {
                return Files.readString(directory.get().resolve(file), StandardCharsets.UTF_8);
            }
            try (InputStream in = OpenDataFiles.class.getClassLoader().getResourceAsStream(BUNDLED + file)) {
                if (in == null) {
                    throw new OpenDataFormatException(file, "file not found");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read open data file " + file, e);
        }
    }

    /** SHA-256 over every file the loader reads, so a changed file means a reload. */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(read(file).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String describe() {
        return directory.map(d -> d + " (bundled copy for files not there)").orElse("bundled copy");
    }
}
