package travel.confidence.service.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady mix of what travellers do, from a few clients at once, for fault tests: scores (a traveller with a
 * stored profile and anonymous ones), live context, browsing signals and surveys (each one new, so each can be
 * looked for afterwards), learned weights. Every answer is kept with what was sent and when.
 */
public final class MixedLoad implements AutoCloseable {

    private static final List<String> DESTINATIONS = List.of("JP", "FR", "ES", "PT", "IT", "DE", "TH", "MX", "CA", "AU");

    /** One request and its answer; {@code key} identifies a signal ("user|timestamp") or survey ("user|trip"). */
    public record Sent(String kind, String userId, String key, int status, String body, long millis, Instant at) {
    }

    private final JsonHttp http;
    private final String run;
    private final String profiledTraveller;
    private final int clients;
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param run               a prefix for this run's user ids, so runs against a shared store never meet
     * @param profiledTraveller a traveller with a stored profile, scored among the anonymous ones
     */
    public MixedLoad(JsonHttp http, String run, String profiledTraveller, int clients) {
        this.http = http;
        this.run = run;
        this.profiledTraveller = profiledTraveller;
        this.clients = clients;
    }

    public MixedLoad start() {
        running = true;
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000L + c);
            Thread thread = new Thread(() -> {
                while (running) {
                    sent.add(next(random));
                }
            }, "mixed-load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    private Sent next(Random random) {
        int n = sequence.incrementAndGet();
        String destination = DESTINATIONS.get(random.nextInt(DESTINATIONS.size()));
        String dates = "\"travelDates\":{\"startDate\":\"2027-0" + (1 + n % 9) + "-01\",\"endDate\":\"2027-0" + (1 + n % 9) + "-10\"}";
        int roll = random.nextInt(100);
        if (roll < 20) {
            return send("calculate", profiledTraveller, null, () -> http.post("/api/confidence/calculate",
                    "{\"destinationId\":\"" + destination + "\",\"userId\":\"" + profiledTraveller + "\"," + dates + "}"));
        }
        if (roll < 35) {
            String user = run + "-anonymous-" + n;
            return send("calculate", user, null, () -> http.post("/api/confidence/calculate",
                    "{\"destinationId\":\"" + destination + "\",\"userId\":\"" + user + "\"," + dates + "}"));
        }
        if (roll < 45) {
            return send("adjust-context", null, null, () -> http.post("/api/confidence/adjust-context",
                    "{\"destinationId\":\"" + destination + "\",\"baseScore\":70," + dates + "}"));
        }
        if (roll < 75) {
            // Each signal from a traveller of its own: no burst rule, and each can be found again.
            String user = run + "-browser-" + n;
            String timestamp = Instant.now().minusSeconds(1).toString();
            return send("signal", user, user + "|" + timestamp, () -> http.post("/api/preferences/track-implicit",
                    "{\"userId\":\"" + user + "\",\"eventType\":\"view\",\"destinationId\":\"" + destination
                            + "\",\"duration\":" + (1000 + n) + ",\"timestamp\":\"" + timestamp + "\"}"));
        }
        if (roll < 90) {
            String user = run + "-surveyed-" + n;
            String trip = "trip-" + n;
            return send("feedback", user, user + "|" + trip, () -> http.post("/api/preferences/submit-feedback",
                    "{\"userId\":\"" + user + "\",\"tripId\":\"" + trip + "\",\"destinationId\":\"" + destination
                            + "\",\"ratings\":{\"overall\":4,\"safety\":5,\"value\":3,\"accessibility\":4,\"experience\":4},"
                            + "\"timestamp\":\"" + Instant.now().minusSeconds(60) + "\"}"));
        }
        return send("weights", profiledTraveller, null, () -> http.get("/api/preferences/weights/" + profiledTraveller));
    }

    private Sent send(String kind, String userId, String key, java.util.function.Supplier<JsonHttp.Reply> request) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        int status;
        String body;
        try {
            JsonHttp.Reply reply = request.get();
            status = reply.status();
            body = reply.body();
        } catch (RuntimeException e) {
            status = -1; // no answer at all
            body = e.toString();
        }
        return new Sent(kind, userId, key, status, body, (System.nanoTime() - started) / 1_000_000, at);
    }
}
