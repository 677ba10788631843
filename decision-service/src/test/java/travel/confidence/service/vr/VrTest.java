package travel.confidence.service.vr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.quicktheories.core.Gen;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.vr.VrContentResponse;
import travel.confidence.api.vr.VrEntryRequest;
import travel.confidence.api.vr.VrEntryView;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.vr.NewVrEntry;
import travel.confidence.data.vr.VrCatalogue;
import travel.confidence.data.vr.VrEntry;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * VR and video previews over the seed's endpoint and the admin API, with the test catalogue entries of
 * {@code vr/fixtures.json}: seed Properties 6, 7 and 8, the allow-list, and the video fallback.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VrTest implements TestPropertyProvider {

    private static final Set<String> ALLOWED_HOSTS = Set.of("www.youtube-nocookie.com", "www.youtube.com",
            "player.vimeo.com", "kuula.co", "momento360.com", "www.360cities.net", "upload.wikimedia.org");
    private static final List<String> FORMATS = Arrays.asList(null, "vr360", "panorama", "video");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DestinationCatalogue catalogue;
    @Inject
    VrCatalogue store;

    private List<VrEntryRequest> fixtures;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private List<VrEntryRequest> fixtures() {
        if (fixtures == null) {
            try (InputStream in = VrTest.class.getClassLoader().getResourceAsStream("vr/fixtures.json")) {
                fixtures = List.of(json.readValue(in.readAllBytes(), VrEntryRequest[].class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixtures;
    }

    private List<VrEntryRequest> ofType(String... types) {
        return fixtures().stream().filter(f -> List.of(types).contains(f.contentType())).toList();
    }

    /** Replaces a destination's catalogue entries with these, in the store (the properties are about reading). */
    private List<VrEntry> stored(String destination, List<VrEntryRequest> entries) {
        store.list(destination).forEach(e -> store.remove(e.id()));
        return entries.stream().map(e -> store.add(new NewVrEntry(destination, e.contentType(), e.embedUrl(),
                e.embedType(), e.thumbnailUrl(), e.resolution(), e.duration(), e.provider(), e.licence()))).toList();
    }

    /** Replaces a destination's catalogue entries with these, through the admin API. */
    private List<VrEntryView> catalogue(String destination, List<VrEntryRequest> entries) {
        for (VrEntryView existing : list(destination)) {
            assertThat(JsonHttp.asStaff(server, "erin.editor", "editor").delete("/api/admin/vr/" + existing.id()).status()).isEqualTo(200);
        }
        List<VrEntryView> stored = new ArrayList<>();
        for (VrEntryRequest entry : entries) {
            JsonHttp.Reply reply = JsonHttp.asStaff(server, "erin.editor", "editor").post("/api/admin/vr", json(withDestination(entry, destination)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            stored.add(reply.as(json, VrEntryView.class));
        }
        return stored;
    }

    private List<VrEntryView> list(String destination) {
        JsonHttp.Reply reply = JsonHttp.asStaff(server, "erin.editor", "editor").get("/api/admin/vr" + (destination == null ? "" : "?destinationId=" + destination));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return List.of(reply.as(json, VrEntryView[].class));
    }

    private VrContentResponse content(String destination, String preferredFormat) {
        JsonHttp.Reply reply = http().get("/api/vr/content/" + destination
                + (preferredFormat == null ? "" : "?preferredFormat=" + preferredFormat));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, VrContentResponse.class);
    }

    private static VrEntryRequest withDestination(VrEntryRequest e, String destination) {
        return new VrEntryRequest(destination, e.contentType(), e.embedUrl(), e.embedType(), e.thumbnailUrl(),
                e.resolution(), e.duration(), e.provider(), e.licence());
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Gen<String> destinations() {
        return arbitrary().pick(List.copyOf(catalogue.ids()));
    }

    @Test
    @Order(1)
    void the_catalogue_ships_empty_so_no_destination_shows_the_button() {
        assertThat(list(null)).isEmpty();
        for (String destination : List.of("PT", "JP", "US", "AQ")) {
            VrContentResponse none = content(destination, null);
            assertThat(none.available()).isFalse();
            assertThat(none.contentType()).isEqualTo("none");
            assertThat(none.exploreBeforeYouBook()).isFalse();
            assertThat(none.embedUrl()).isNull();
            assertThat(none.iframe()).isNull();
        }
    }

    @Test
    void property_6_vr_content_embedding() {
        // Feature: confidence-driven-travel-engine, Property 6: VR Content Embedding
        qt().withExamples(100)
                .forAll(destinations(), lists().of(arbitrary().pick(fixtures())).ofSizeBetween(0, 3),
                        arbitrary().pick(ofType("vr360", "panorama")), arbitrary().pick(FORMATS))
                .checkAssert((destination, others, vr, preferred) -> {
                    List<VrEntryRequest> entries = new ArrayList<>(others);
                    entries.add(vr);
                    List<VrEntry> stored = stored(destination, entries);

                    VrContentResponse response = content(destination, preferred);

                    assertThat(response.available()).isTrue();
                    URI url = URI.create(response.embedUrl());
                    assertThat(url.getScheme()).isEqualTo("https");
                    assertThat(ALLOWED_HOSTS).contains(url.getHost());
                    assertThat(response.embedType()).isIn("iframe", "webxr", "video");
                    assertThat(stored).as("the embed type is the one of the entry served")
                            .anySatisfy(e -> {
                                assertThat(e.embedUrl()).isEqualTo(response.embedUrl());
                                assertThat(e.embedType()).isEqualTo(response.embedType());
                                assertThat(e.contentType()).isEqualTo(response.contentType());
                            });
                    if (preferred != null && entries.stream().anyMatch(e -> e.contentType().equals(preferred))) {
                        assertThat(response.contentType()).as("the preferred format").isEqualTo(preferred);
                    } else {
                        assertThat(response.contentType()).as("VR before video").isIn("vr360", "panorama");
                    }
                    assertThat(response.iframe() != null).isEqualTo(!"video".equals(response.embedType()));
                    assertThat(response.metadata().provider()).isNotBlank();
                    assertThat(response.metadata().resolution()).isNotBlank();
                });
    }

    @Test
    void property_7_vr_fallback_behavior() {
        // Feature: confidence-driven-travel-engine, Property 7: VR Fallback Behavior
        qt().withExamples(100)
                .forAll(destinations(), lists().of(arbitrary().pick(ofType("video"))).ofSizeBetween(1, 3),
                        arbitrary().pick(FORMATS))
                .checkAssert((destination, videos, preferred) -> {
                    List<VrEntry> stored = stored(destination, videos);

                    VrContentResponse response = content(destination, preferred);

                    assertThat(response.available()).isTrue();
                    assertThat(response.contentType()).isEqualTo("video");
                    assertThat(response.embedUrl()).as("the oldest video").isEqualTo(stored.get(0).embedUrl());
                    assertThat(response.embedType()).isEqualTo(stored.get(0).embedType());
                    assertThat(response.fallback()).isNull();
                });
    }

    @Test
    void property_8_vr_button_conditional_display() {
        // Feature: confidence-driven-travel-engine, Property 8: VR Button Conditional Display
        qt().withExamples(100)
                .forAll(destinations(), lists().of(arbitrary().pick(fixtures())).ofSizeBetween(0, 3), arbitrary().pick(FORMATS))
                .checkAssert((destination, entries, preferred) -> {
                    stored(destination, entries);

                    VrContentResponse response = content(destination, preferred);

                    assertThat(response.exploreBeforeYouBook()).isEqualTo(!entries.isEmpty());
                    assertThat(response.available()).isEqualTo(!entries.isEmpty());
                    assertThat(response.contentType().equals("none")).isEqualTo(entries.isEmpty());
                    assertThat(response.destinationId()).isEqualTo(destination);
                });
    }

    @Test
    void a_vr_preview_comes_with_its_video_as_the_fallback_and_the_iframe_attributes() {
        catalogue("PT", List.of(ofType("video").get(0), ofType("vr360").get(0)));

        VrContentResponse response = content("pt", null);

        assertThat(response.contentType()).isEqualTo("vr360");
        assertThat(response.embedUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/fixture-vr360-tour");
        assertThat(response.thumbnailUrl()).isEqualTo("https://i.ytimg.com/vi/fixture-vr360-tour/hqdefault.jpg");
        assertThat(response.metadata().resolution()).isEqualTo("3840x1920");
        assertThat(response.metadata().duration()).isEqualTo(240);
        assertThat(response.metadata().licence()).isEqualTo("test fixture");
        assertThat(response.iframe().sandbox()).isEqualTo("allow-scripts allow-same-origin allow-presentation allow-popups");
        assertThat(response.iframe().allow()).contains("xr-spatial-tracking").contains("fullscreen").doesNotContain("camera");
        assertThat(response.iframe().referrerPolicy()).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.fallback().contentType()).isEqualTo("video");
        assertThat(response.fallback().embedUrl()).isEqualTo("https://player.vimeo.com/video/100000001");
        assertThat(content("PT", "video").contentType()).isEqualTo("video");
    }

    @Test
    void urls_off_the_allow_list_are_refused_naming_the_field() {
        VrEntryRequest good = withDestination(ofType("vr360").get(0), "ES");
        List<VrEntryView> before = list("ES");
        record Case(VrEntryRequest request, String field) {
        }
        List<Case> cases = List.of(
                new Case(new VrEntryRequest("ES", "vr360", "http://www.youtube-nocookie.com/embed/x", "iframe", null, "4K",
                        null, "YouTube", "CC BY 4.0"), "embedUrl"),
                new Case(new VrEntryRequest("ES", "vr360", "https://evil.example/tour", "iframe", null, "4K", null,
                        "Evil", "CC0"), "embedUrl"),
                new Case(new VrEntryRequest("ES", "vr360", good.embedUrl(), "iframe", "https://evil.example/t.jpg", "4K",
                        null, "YouTube", "CC BY 4.0"), "thumbnailUrl"),
                new Case(new VrEntryRequest("ES", "hologram", good.embedUrl(), "iframe", null, "4K", null, "YouTube",
                        "CC BY 4.0"), "contentType"),
                new Case(new VrEntryRequest("ES", "vr360", good.embedUrl(), "video", null, "4K", null, "YouTube",
                        "CC BY 4.0"), "embedType"),
                new Case(new VrEntryRequest("ES", "vr360", good.embedUrl(), "iframe", null, "4K", null, "YouTube", " "),
                        "licence"));
        for (Case c : cases) {
            JsonHttp.Reply reply = JsonHttp.asStaff(server, "erin.editor", "editor").post("/api/admin/vr", json(c.request()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.as(json, ErrorResponse.class).error().details()).as(reply.body())
                    .containsEntry("field", c.field());
        }
        assertThat(list("ES")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void entries_are_added_listed_and_removed() {
        List<VrEntryView> stored = catalogue("GR", List.of(ofType("panorama").get(0)));
        VrEntryView panorama = stored.get(0);

        assertThat(panorama.id()).isNotBlank();
        assertThat(panorama.destinationId()).isEqualTo("GR");
        assertThat(list("gr")).containsExactly(panorama);
        JsonHttp.Reply removed = JsonHttp.asStaff(server, "erin.editor", "editor").delete("/api/admin/vr/" + panorama.id());
        JsonHttp.Reply again = JsonHttp.asStaff(server, "erin.editor", "editor").delete("/api/admin/vr/" + panorama.id());

        assertThat(removed.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.as(json, ErrorResponse.class).error().code()).isEqualTo("NOT_FOUND");
        assertThat(content("GR", null).available()).isFalse();
    }

    @Test
    void an_unknown_destination_or_format_is_refused() {
        JsonHttp.Reply unknown = http().get("/api/vr/content/Atlantis");
        JsonHttp.Reply format = http().get("/api/vr/content/PT?preferredFormat=hologram");
        JsonHttp.Reply adding = JsonHttp.asStaff(server, "erin.editor", "editor").post("/api/admin/vr", json(withDestination(ofType("video").get(0), "Atlantis")));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.as(json, ErrorResponse.class).error().code()).isEqualTo("DESTINATION_NOT_FOUND");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.as(json, ErrorResponse.class).error().details()).containsEntry("field", "preferredFormat");
        assertThat(adding.status()).isEqualTo(404);
    }
}
