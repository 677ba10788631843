package travel.confidence.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.QuarantineQuery;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.service.support.MixedLoad;

/**
 * What a mixed load saw around an outage, and the checks every store outage must pass: no answer other than
 * success or a retryable 503 {@code STORE_UNAVAILABLE} for a write, nothing acknowledged missing afterwards.
 */
final class OutageReport {

    private final List<MixedLoad.Sent> sent;
    private final Instant outageFrom;
    private final Instant outageTo;

    OutageReport(List<MixedLoad.Sent> sent, Instant outageFrom, Instant outageTo) {
        this.sent = sent;
        this.outageFrom = outageFrom;
        this.outageTo = outageTo;
    }

    List<MixedLoad.Sent> during(String kind) {
        return select(kind, s -> !s.at().isBefore(outageFrom) && s.at().isBefore(outageTo));
    }

    List<MixedLoad.Sent> after(String kind, Instant from) {
        return select(kind, s -> !s.at().isBefore(from));
    }

    List<MixedLoad.Sent> all(String kind) {
        return select(kind, s -> true);
    }

    private List<MixedLoad.Sent> select(String kind, Predicate<MixedLoad.Sent> when) {
        return sent.stream().filter(s -> s.kind().equals(kind)).filter(when).toList();
    }

    /** Status counts per kind of request, before, during and after the outage, for the log. */
    String summary() {
        Map<String, Map<Integer, Long>> counts = new TreeMap<>();
        for (MixedLoad.Sent s : sent) {
            String phase = s.at().isBefore(outageFrom) ? "1 before" : s.at().isBefore(outageTo) ? "2 during" : "3 after";
            counts.computeIfAbsent(phase + " " + s.kind(), k -> new TreeMap<>()).merge(s.status(), 1L, Long::sum);
        }
        long slowest = sent.stream().mapToLong(MixedLoad.Sent::millis).max().orElse(0);
        return counts + ", slowest answer " + slowest + " ms";
    }

    /** Every write was either acknowledged or refused as retryable; nothing else, and no 5xx but that 503. */
    void writesWereAcknowledgedOrRetryable() {
        List<String> wrong = new ArrayList<>();
        for (MixedLoad.Sent s : sent) {
            boolean write = s.kind().equals("signal") || s.kind().equals("feedback");
            boolean acknowledged = s.status() == 200 || s.status() == 202;
            boolean retryable = s.status() == 503 && s.body().contains("\"code\":\"STORE_UNAVAILABLE\"")
                    && s.body().contains("\"retryable\":true");
            if (write && !(acknowledged || retryable)) {
                wrong.add(s.kind() + " " + s.status() + " " + s.body());
            }
            if (s.status() >= 500 && !retryable) {
                wrong.add(s.kind() + " " + s.status() + " " + s.body());
            }
        }
        assertThat(wrong).as("answers that were neither success nor a retryable refusal").isEmpty();
    }

    /** Every signal and survey acknowledged (200 stored, 202 held for review) is in the store afterwards. */
    void nothingAcknowledgedIsMissing(ApplicationContext service) {
        SignalStore signals = service.getBean(SignalStore.class);
        FeedbackStore feedback = service.getBean(FeedbackStore.class);
        QuarantineStore quarantine = service.getBean(QuarantineStore.class);
        Instant far = Instant.now().plusSeconds(3600);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (MixedLoad.Sent s : sent) {
            if (s.status() != 200 && s.status() != 202) {
                continue;
            }
            String[] key = s.key() == null ? null : s.key().split("\\|", 2);
            boolean found;
            if (s.kind().equals("signal")) {
                found = s.status() == 202 ? held(quarantine, key[0]) : signals.forUser(key[0], far, 10).stream()
                        .anyMatch(r -> r.timestamp().equals(storedPrecision(key[1])));
            } else if (s.kind().equals("feedback")) {
                found = s.status() == 202 ? held(quarantine, key[0]) : feedback.find(key[0], key[1]).isPresent();
            } else {
                continue;
            }
            checked++;
            if (!found) {
                missing.add(s.kind() + " " + s.key() + " acknowledged at " + s.at());
            }
        }
        assertThat(checked).as("acknowledged writes to look for").isPositive();
        assertThat(missing).as("acknowledged writes missing from the store").isEmpty();
    }

    /** The document store keeps dates to the millisecond, as BSON does. */
    private static Instant storedPrecision(String sentTimestamp) {
        return Instant.parse(sentTimestamp).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static boolean held(QuarantineStore quarantine, String userId) {
        return quarantine.search(new QuarantineQuery(null, null, userId, null, null, null, 0, 10)).total() > 0;
    }

    static String statuses(List<MixedLoad.Sent> sent) {
        return sent.stream().collect(Collectors.groupingBy(MixedLoad.Sent::status, TreeMap::new, Collectors.counting())).toString();
    }
}
