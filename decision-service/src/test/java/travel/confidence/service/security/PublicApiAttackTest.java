package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static travel.confidence.service.preference.PreferenceFixtures.aHappyTrip;
import static travel.confidence.service.preference.PreferenceFixtures.aView;
import static travel.confidence.service.preference.PreferenceFixtures.json;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.data.conversation.ConversationStore;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.data.profile.ProfileRepository;
import travel.confidence.data.tripmode.TripModeRepository;
import travel.confidence.service.admin.StaffAudience;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.JwksStub;
import travel.confidence.service.support.StaffTokens;
import travel.confidence.service.support.TemporaryDataDir;
import travel.confidence.service.support.TravellerTokens;
import travel.confidence.service.support.Travellers;

/**
 * Attacks on the travellers' API in {@code jwt} mode: forged, expired, unsigned, misdirected, staff and other
 * travellers' tokens, against every route that reads or writes one traveller's data. None may read or change
 * anything: every answer is a refusal in the seed's error shape, and the stores hold exactly what they held
 * before. Travellers' tokens never reach the admin API either, whatever roles they claim.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiAttackTest implements TestPropertyProvider {

    private static final String VICTIM = "alice-victim";
    private static final String ATTACKER = "mallory";
    private static final JwksStub IDENTITY_PROVIDER = JwksStub.start();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    ProfileRepository profiles;
    @Inject
    SignalStore signals;
    @Inject
    FeedbackStore feedback;
    @Inject
    TripModeRepository tripModes;
    @Inject
    ConversationStore conversations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.security.public-api", "jwt");
        properties.put("micronaut.security.token.jwt.signatures.secret.travellers.secret", TravellerTokens.SECRET);
        properties.put("micronaut.security.token.jwt.signatures.jwks.frontend.url", IDENTITY_PROVIDER.url());
        properties.put("confidence.preferences.learning-scheduled", "false");
        return properties;
    }

    @AfterAll
    void stopIdentityProvider() {
        IDENTITY_PROVIDER.close();
    }

    /** The victim's own data, written with their own token: what every attack must leave alone. */
    @BeforeAll
    void theVictimHasDataOfTheirOwn() {
        JsonHttp victim = as(TravellerTokens.bearer(VICTIM));
        for (VictimRequest request : victimRequests()) {
            JsonHttp.Reply reply = request.send(victim, mapper);
            assertThat(reply.status()).as(request.name() + ": " + reply.body()).isBetween(200, 299);
        }
        new Travellers(victim, mapper).onTrip(VICTIM, "ES");
    }

    @Test
    void no_forged_expired_unsigned_misdirected_staff_or_other_travellers_token_reads_or_writes_a_travellers_data() {
        Snapshot before = snapshot();
        Map<String, String> attacks = attackTokens();
        List<String> breaches = new ArrayList<>();
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            JsonHttp attacker = attack.getValue() == null ? new JsonHttp(server) : as(attack.getValue());
            for (VictimRequest request : victimRequests()) {
                JsonHttp.Reply reply = request.send(attacker, mapper);
                String what = attack.getKey() + " -> " + request.name() + ": " + reply.status() + " " + reply.body();
                if (reply.status() < 400 || reply.status() >= 500) {
                    breaches.add(what);
                    continue;
                }
                ErrorResponse error = reply.as(mapper, ErrorResponse.class);
                assertThat(error.error().code()).as(what).isIn("UNAUTHORIZED", "FORBIDDEN");
                assertThat(error.error().retryable()).as(what).isFalse();
                if (reply.status() == 401) {
                    assertThat(reply.headers().get("www-authenticate")).as(what).isNotEmpty();
                }
            }
            assertThat(snapshot()).as("the victim's data after the attack with " + attack.getKey()).isEqualTo(before);
        }
        assertThat(breaches).isEmpty();
    }

    @Test
    void the_user_id_named_twice_in_a_body_is_refused_whichever_comes_first() {
        Snapshot before = snapshot();
        JsonHttp attacker = as(TravellerTokens.bearer(ATTACKER));
        for (String body : List.of(
                "{\"userId\":\"%s\",\"userId\":\"%s\",\"tripId\":\"t\",\"isActive\":false}".formatted(ATTACKER, VICTIM),
                "{\"userId\":\"%s\",\"userId\":\"%s\",\"tripId\":\"t\",\"isActive\":false}".formatted(VICTIM, ATTACKER))) {
            JsonHttp.Reply reply = attacker.post("/api/assistant/trip-mode", body);
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_traveller_with_their_own_token_reads_and_writes_their_own_data_with_a_shared_secret_or_the_providers_key() {
        JsonHttp withSecret = as(TravellerTokens.bearer(VICTIM));
        JsonHttp withProviderKey = as("Bearer " + TravellerTokens.rs256(IDENTITY_PROVIDER.key(),
                TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).build()));
        for (JsonHttp victim : List.of(withSecret, withProviderKey)) {
            assertThat(victim.get("/api/profiles/" + VICTIM).status()).isEqualTo(200);
            assertThat(victim.get("/api/preferences/weights/" + VICTIM).status()).isEqualTo(200);
            assertThat(victim.get("/api/destinations/JP").status()).isEqualTo(200);
        }
    }

    @Test
    void routes_about_no_traveller_in_particular_need_a_token_but_take_anyones() {
        assertThat(new JsonHttp(server).get("/api/destinations?size=1").status()).isEqualTo(401);
        assertThat(as(TravellerTokens.bearer(ATTACKER)).get("/api/destinations?size=1").status()).isEqualTo(200);
        assertThat(as(StaffTokens.bearer(server.getApplicationContext(), "ada.admin", "admin"))
                .get("/api/destinations?size=1").status()).isEqualTo(401);
    }

    @Test
    void no_travellers_token_reaches_the_admin_api_whatever_audience_and_roles_it_claims() {
        Map<String, String> pretenders = new LinkedHashMap<>();
        pretenders.put("a traveller's token", TravellerTokens.bearer(VICTIM));
        pretenders.put("the travellers' secret claiming staff and admin", "Bearer " + TravellerTokens.hs256(TravellerTokens.SECRET,
                TravellerTokens.claims("ada.admin", StaffAudience.VALUE).claim("roles", List.of("admin")).build()));
        pretenders.put("the identity provider's key claiming staff and admin", "Bearer " + TravellerTokens.rs256(
                IDENTITY_PROVIDER.key(), TravellerTokens.claims("ada.admin", StaffAudience.VALUE, TravellerTokens.AUDIENCE)
                        .claim("roles", List.of("admin")).build()));
        pretenders.put("unsigned, claiming staff and admin", "Bearer " + TravellerTokens.unsigned(
                TravellerTokens.claims("ada.admin", StaffAudience.VALUE).claim("roles", List.of("admin")).build()));
        for (Map.Entry<String, String> pretender : pretenders.entrySet()) {
            JsonHttp.Reply reply = as(pretender.getValue()).get("/api/admin/users");
            assertThat(reply.status()).as(pretender.getKey() + ": " + reply.body()).isEqualTo(401);
        }
        assertThat(as(StaffTokens.bearer(server.getApplicationContext(), "ada.admin", "admin")).get("/api/admin/users").status())
                .isEqualTo(200);
    }

    @Test
    void no_spelling_of_a_path_slips_past_the_guards() {
        JsonHttp anonymous = new JsonHttp(server);
        for (String path : List.of("/api/admin/users/", "/api//admin/users", "//api/admin/users", "/api/admin//users",
                "/api/admin/./users", "/api/admin/%75sers", "/API/admin/users", "/api/profiles/" + VICTIM + "/",
                "/api//profiles/" + VICTIM, "//api/profiles/" + VICTIM, "/api/profiles//" + VICTIM,
                "/api/preferences/weights/" + VICTIM + "/", "/api/assistant//trip-mode/" + VICTIM)) {
            JsonHttp.Reply reply = anonymous.exchange("GET", path, null, Map.of());
            assertThat(reply.status()).as(path + ": " + reply.body()).isIn(400, 401, 403, 404);
            assertThat(reply.body()).as(path).contains("\"code\"");
        }
    }

    @Test
    void a_conversation_belongs_to_its_traveller() {
        String bob = "bob-on-holiday";
        JsonHttp bobs = as(TravellerTokens.bearer(bob));
        new Travellers(bobs, mapper).onTrip(bob, "ES");
        AssistantResponse bobsAnswer = new Travellers(bobs, mapper).answer(bob, "ES", "en",
                "What is the emergency number?", null, null);

        AssistantResponse victimsAnswer = new Travellers(as(TravellerTokens.bearer(VICTIM)), mapper).answer(VICTIM, "ES", "en",
                "And the police?", null, bobsAnswer.conversationId());

        assertThat(victimsAnswer.conversationId()).isNotEqualTo(bobsAnswer.conversationId());
        assertThat(conversations.last(bobsAnswer.conversationId()).orElseThrow().userId()).isEqualTo(bob);
    }

    /** Every token an attacker might try on the victim's data (null: none at all). */
    private Map<String, String> attackTokens() {
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("not a token", "Bearer not-a-token");
        tokens.put("another scheme", "Basic " + java.util.Base64.getEncoder().encodeToString((VICTIM + ":x").getBytes(StandardCharsets.UTF_8)));
        tokens.put("forged signature", "Bearer " + TravellerTokens.hs256(TravellerTokens.OTHER_SECRET,
                TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).build()));
        tokens.put("expired", "Bearer " + TravellerTokens.hs256(TravellerTokens.SECRET,
                TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).issueTime(Date.from(now.minus(Duration.ofHours(3))))
                        .notBeforeTime(Date.from(now.minus(Duration.ofHours(3))))
                        .expirationTime(Date.from(now.minus(Duration.ofHours(1)))).build()));
        tokens.put("not yet valid", "Bearer " + TravellerTokens.hs256(TravellerTokens.SECRET,
                TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                        .build()));
        tokens.put("alg none", "Bearer " + TravellerTokens.unsigned(TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).build()));
        tokens.put("another API's audience", "Bearer " + TravellerTokens.hs256(TravellerTokens.SECRET,
                TravellerTokens.claims(VICTIM, "some-other-api").build()));
        tokens.put("no audience", "Bearer " + TravellerTokens.hs256(TravellerTokens.SECRET, TravellerTokens.claims(VICTIM).build()));
        tokens.put("a staff token naming the victim", StaffTokens.bearer(server.getApplicationContext(), VICTIM, "admin"));
        tokens.put("an unknown RSA key with the provider's key id", "Bearer " + TravellerTokens.rs256(
                TravellerTokens.newRsaKey(IDENTITY_PROVIDER.key().getKeyID()),
                TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).build()));
        try {
            tokens.put("HS256 keyed with the provider's public key", "Bearer " + TravellerTokens.hs256(
                    new String(IDENTITY_PROVIDER.key().toRSAPublicKey().getEncoded(), StandardCharsets.ISO_8859_1),
                    TravellerTokens.claims(VICTIM, TravellerTokens.AUDIENCE).build()));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        tokens.put("another traveller's valid token", TravellerTokens.bearer(ATTACKER));
        tokens.put("another traveller's token from the provider", "Bearer " + TravellerTokens.rs256(IDENTITY_PROVIDER.key(),
                TravellerTokens.claims(ATTACKER, TravellerTokens.AUDIENCE).build()));
        return tokens;
    }

    /** Every route that reads or writes the victim's data, with a body that is otherwise valid. */
    private List<VictimRequest> victimRequests() {
        Instant now = Instant.now();
        String dates = "\"travelDates\":{\"startDate\":\"2027-07-01\",\"endDate\":\"2027-07-14\"}";
        String profile = """
                {"persona":{"budgetTier":"luxury","travelStyle":"solo","experienceLevel":"experienced"},
                 "preferences":{"prioritySafety":true,"preferredClimate":"cold","languagePreferences":["en"]}}""";
        return List.of(
                new VictimRequest("write the profile", "PUT", "/api/profiles/" + VICTIM, profile),
                new VictimRequest("read the profile", "GET", "/api/profiles/" + VICTIM, null),
                new VictimRequest("read the learned weights", "GET", "/api/preferences/weights/" + VICTIM, null),
                new VictimRequest("track a signal", "POST", "/api/preferences/track-implicit",
                        json(mapper, aView(VICTIM, "JP", now, Duration.ofSeconds(30)))),
                new VictimRequest("submit feedback", "POST", "/api/preferences/submit-feedback",
                        json(mapper, aHappyTrip(VICTIM, "trip-to-japan", "JP", now))),
                new VictimRequest("score for the victim", "POST", "/api/confidence/calculate",
                        "{\"destinationId\":\"JP\",\"userId\":\"" + VICTIM + "\"," + dates + "}"),
                new VictimRequest("recommend to the victim", "POST", "/api/confidence/recommendations",
                        "{\"userId\":\"" + VICTIM + "\"," + dates + ",\"limit\":3}"),
                new VictimRequest("best months for the victim", "POST", "/api/confidence/best-months",
                        "{\"destinationId\":\"JP\",\"userId\":\"" + VICTIM + "\"}"),
                new VictimRequest("read the trip mode", "GET", "/api/assistant/trip-mode/" + VICTIM, null),
                new VictimRequest("switch the trip mode", "POST", "/api/assistant/trip-mode",
                        "{\"userId\":\"" + VICTIM + "\",\"tripId\":\"trip-of-" + VICTIM + "\",\"isActive\":true,\"currentDestination\":\"ES\"}"),
                new VictimRequest("ask the assistant", "POST", "/api/assistant/query",
                        "{\"userId\":\"" + VICTIM + "\",\"tripId\":\"trip-of-" + VICTIM + "\",\"query\":\"Where is the embassy?\","
                                + "\"context\":{\"currentDestination\":\"ES\",\"language\":\"en\"}}"));
    }

    private JsonHttp as(String authorization) {
        return JsonHttp.withAuthorization(server, authorization);
    }

    /** What the stores hold for the victim. */
    private Snapshot snapshot() {
        Instant far = Instant.now().plus(Duration.ofDays(1));
        return new Snapshot(
                profiles.findById(VICTIM).map(p -> p.version() + "@" + p.updatedAt()).orElse("none"),
                signals.forUser(VICTIM, far, 10_000).size(),
                feedback.forUser(VICTIM).size(),
                tripModes.findById(VICTIM).map(t -> t.active() + "@" + t.updatedAt()).orElse("none"));
    }

    private record Snapshot(String profile, int signals, int feedback, String tripMode) {
    }

    private record VictimRequest(String name, String method, String path, String body) {

        JsonHttp.Reply send(JsonHttp http, JsonMapper mapper) {
            Objects.requireNonNull(mapper);
            return http.exchange(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    body == null ? Map.of() : Map.of("Content-Type", "application/json"));
        }
    }
}
