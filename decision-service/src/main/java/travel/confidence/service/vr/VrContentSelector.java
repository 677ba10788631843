package travel.confidence.service.vr;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;
import travel.confidence.data.vr.VrEntry;

/**
 * Which preview to show: the preferred format when the destination has it; otherwise VR (a 360° tour before a
 * panorama), then video (seed Property 7: the video fallback when there is no VR). Of several entries of one
 * format the oldest wins, so the choice is stable. When the chosen preview is VR and a video exists, the video
 * is the fallback should the VR fail to load (seed Error Handling 5).
 */
final class VrContentSelector {

    static final List<String> FORMATS = List.of("vr360", "panorama", "video");

    /** The chosen preview and its fallback; both empty when the destination has none. */
    record Selection(Optional<VrEntry> main, Optional<VrEntry> fallback) {
    }

    private VrContentSelector() {
    }

    static Selection select(List<VrEntry> entries, @Nullable String preferredFormat) {
        Optional<VrEntry> main = Optional.empty();
        if (preferredFormat != null) {
            main = first(entries, preferredFormat);
        }
        for (String format : FORMATS) {
            if (main.isEmpty()) {
                main = first(entries, format);
            }
        }
        Optional<VrEntry> fallback = main.filter(m -> !"video".equals(m.contentType())).flatMap(m -> first(entries, "video"));
        return new Selection(main, fallback);
    }

    private static Optional<VrEntry> first(List<VrEntry> entries, String format) {
        return entries.stream().filter(e -> format.equals(e.contentType())).findFirst();
    }
}
