package travel.confidence.data.advisory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.retry.exception.CircuitOpenException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.alert.AdvisoryImportReport;
import travel.confidence.data.alert.AlertStore;
import travel.confidence.data.alert.NewAlert;
import travel.confidence.data.alert.StoredAlert;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.external.CachedData;
import travel.confidence.data.external.ExternalDataCache;
import travel.confidence.data.external.ExternalDataKind;

/**
 * Imports the State Department feed and turns level changes into alerts. For each destination the new level
 * is compared with the one we knew (the last import, else the bundled snapshot the safety factor scores):
 * <ul>
 *   <li>raised: the importer's earlier alerts for it are retracted and a safety alert is posted, its severity
 *       by the new level (2 medium, 3 high, 4 critical), in force for {@code alert-validity};</li>
 *   <li>lowered: the importer's earlier alerts for it are retracted;</li>
 *   <li>unchanged, or nothing known before: no alert.</li>
 * </ul>
 * Every advisory read is kept in the external data cache with its fetch time. A failed import changes nothing.
 */
@Singleton
@Requires(property = StateDepartmentSettings.PREFIX + ".enabled", value = "true")
public class AdvisoryImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryImporter.class);
    private static final String[] SEVERITY_BY_LEVEL = {"", "low", "medium", "high", "critical"};
    private static final Pattern DATE_ONLY = Pattern.compile("(\\d{1,2} [A-Za-z]{3} \\d{4})");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final StateDepartmentFeedClient feed;
    private final CountryNames names;
    private final DestinationCatalogue catalogue;
    private final ExternalDataCache cache;
    private final AlertStore alerts;
    private final StateDepartmentSettings settings;
    private final Clock clock;

    AdvisoryImporter(StateDepartmentFeedClient feed, CountryNames names, DestinationCatalogue catalogue,
                     ExternalDataCache cache, AlertStore alerts, StateDepartmentSettings settings, Clock clock) {
        this.feed = feed;
        this.names = names;
        this.catalogue = catalogue;
        this.cache = cache;
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${confidence.context.advisories.import-interval:6h}",
            initialDelay = "${confidence.context.advisories.initial-delay:30s}")
    void scheduledImport() {
        AdvisoryImportReport report = importNow();
        if (report.failure() == null) {
            LOG.info("Imported {} advisories for {} destinations: {} raised, {} lowered, {} unmatched names",
                    report.advisories(), report.destinations(), report.raised().size(), report.lowered().size(),
                    report.unmatchedNames().size());
        }
    }

    public synchronized AdvisoryImportReport importNow() {
        Instant now = clock.instant();
        List<FeedAdvisory> advisories;
        try {
            advisories = feed.fetch();
        } catch (RuntimeException e) {
            String why = e instanceof CircuitOpenException
                    ? StateDepartmentSettings.SOURCE + " failed repeatedly and is paused for a while (circuit open)"
                    : e.getMessage();
            LOG.warn("Advisory import failed; the last imported advisories stay in use: {}", why);
            return new AdvisoryImportReport(StateDepartmentSettings.SOURCE, now.toString(), 0, 0, List.of(), List.of(),
                    0, 0, List.of(), why);
        }
        Map<String, FeedAdvisory> byDestination = new LinkedHashMap<>();
        TreeSet<String> unmatched = new TreeSet<>();
        for (FeedAdvisory advisory : advisories) {
            List<String> ids = names.iso2(advisory.name()).stream().filter(id -> catalogue.find(id).isPresent()).toList();
            if (ids.isEmpty()) {
                unmatched.add(advisory.name());
            }
            ids.forEach(id -> byDestination.merge(id, advisory, (a, b) -> a.level() >= b.level() ? a : b));
        }
        List<String> raised = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        int posted = 0;
        int retracted = 0;
        for (Map.Entry<String, FeedAdvisory> entry : byDestination.entrySet()) {
            String id = entry.getKey();
            FeedAdvisory advisory = entry.getValue();
            Optional<Integer> before = knownLevel(id);
            AdvisoryLevel level = new AdvisoryLevel(id, BundledAdvisories.GOVERNMENT, advisory.level(), advisory.title(),
                    advisory.link(), advisory.published());
            cache.store(CachedData.fetched(ExternalDataKind.SAFETY, id, AdvisoryDocuments.toDocument(level),
                    StateDepartmentSettings.SOURCE, now));
            if (before.isEmpty() || before.get() == advisory.level()) {
                continue;
            }
            retracted += retractImported(id, now);
            String name = catalogue.find(id).map(d -> d.name()).orElse(id);
            if (advisory.level() > before.get()) {
                raised.add(id + " " + before.get() + "->" + advisory.level());
                Instant issued = published(advisory.published()).filter(p -> !p.isAfter(now)).orElse(now);
                alerts.post(new NewAlert(id, "safety", SEVERITY_BY_LEVEL[advisory.level()],
                        "The U.S. Department of State raised its travel advisory for " + name + " from Level "
                                + before.get() + " to " + advisory.levelText(),
                        BundledAdvisories.GOVERNMENT, issued, now.plus(settings.alertValidity()), null, null, null,
                        StoredAlert.ADVISORY_IMPORT));
                posted++;
            } else {
                lowered.add(id + " " + before.get() + "->" + advisory.level());
            }
        }
        return new AdvisoryImportReport(StateDepartmentSettings.SOURCE, now.toString(), advisories.size(),
                byDestination.size(), List.copyOf(raised), List.copyOf(lowered), posted, retracted,
                List.copyOf(unmatched), null);
    }

    /** The level we knew before this import: the last one imported, else the bundled snapshot's. */
    private Optional<Integer> knownLevel(String destinationId) {
        Optional<CachedData> lastImport = cache.lastKnownGood(ExternalDataKind.SAFETY, destinationId);
        if (lastImport.isPresent()) {
            return Optional.ofNullable(lastImport.get().data().getInteger("level"));
        }
        return BundledAdvisories.usLevel(catalogue, destinationId).map(AdvisoryLevel::level);
    }

    private int retractImported(String destinationId, Instant now) {
        int count = 0;
        for (StoredAlert alert : alerts.active(destinationId, now)) {
            if (StoredAlert.ADVISORY_IMPORT.equals(alert.origin())) {
                alerts.retract(alert.id());
                count++;
            }
        }
        return count;
    }

    /** RSS dates are RFC 1123 ("Mon, 14 Jul 2025 12:00:00 GMT"); when the zone or time is unusual, the date alone. */
    static Optional<Instant> published(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            Matcher date = DATE_ONLY.matcher(text);
            if (!date.find()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(date.group(1), DAY_MONTH_YEAR).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
