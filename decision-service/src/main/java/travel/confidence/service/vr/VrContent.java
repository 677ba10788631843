package travel.confidence.service.vr;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.vr.EmbedAttributes;
import travel.confidence.api.vr.VrContentResponse;
import travel.confidence.api.vr.VrFallback;
import travel.confidence.api.vr.VrMetadata;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.vr.VrCatalogue;
import travel.confidence.data.vr.VrEntry;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;

/**
 * The preview of a destination as the frontend embeds it. Entries whose URLs are no longer allowed (the
 * allow-list changed since they were added) are never served. A catalogue that cannot be read means no
 * preview, said in {@code notice}: the button is hidden, the page still works (seed Property 20). Built at
 * start, so the catalogue's indexes exist before the first request.
 */
@Context
class VrContent {

    private static final Logger LOG = LoggerFactory.getLogger(VrContent.class);

    private final VrCatalogue catalogue;
    private final DestinationCatalogue destinations;
    private final EmbedUrlPolicy policy;
    private final VrSettings settings;

    VrContent(VrCatalogue catalogue, DestinationCatalogue destinations, EmbedUrlPolicy policy, VrSettings settings) {
        this.catalogue = catalogue;
        this.destinations = destinations;
        this.policy = policy;
        this.settings = settings;
    }

    VrContentResponse forDestination(String destinationId, @Nullable String preferredFormat) {
        if (preferredFormat != null && !VrContentSelector.FORMATS.contains(preferredFormat)) {
            throw InvalidInputException.field("preferredFormat", "must be one of vr360, panorama, video");
        }
        DestinationRecord destination = destinations.find(destinationId)
                .orElseThrow(() -> NotFoundException.destination(destinationId));
        List<VrEntry> entries;
        try {
            entries = catalogue.list(destination.id()).stream()
                    .filter(e -> policy.allows(e.embedUrl()) && (e.thumbnailUrl() == null || policy.allows(e.thumbnailUrl())))
                    .toList();
        } catch (RuntimeException e) {
            LOG.warn("VR catalogue could not be read for {}: {}", destination.id(), e.toString());
            return none(destination.id(), "Previews could not be loaded just now");
        }
        VrContentSelector.Selection selection = VrContentSelector.select(entries, preferredFormat);
        if (selection.main().isEmpty()) {
            return none(destination.id(), null);
        }
        VrEntry main = selection.main().get();
        VrFallback fallback = selection.fallback().map(v -> new VrFallback(v.contentType(), v.embedUrl(), v.embedType(),
                v.thumbnailUrl(), metadata(v), attributes(v.embedType()))).orElse(null);
        return new VrContentResponse(destination.id(), true, main.contentType(), main.embedUrl(), main.embedType(),
                main.thumbnailUrl(), metadata(main), true, attributes(main.embedType()), fallback, null);
    }

    private static VrContentResponse none(String destinationId, @Nullable String notice) {
        // The seed requires an embedType even when there is nothing to embed; "iframe" is a harmless placeholder.
        return new VrContentResponse(destinationId, false, "none", null, "iframe", null,
                new VrMetadata("", null, "", null), false, null, null, notice);
    }

    private static VrMetadata metadata(VrEntry e) {
        return new VrMetadata(e.resolution(), e.duration(), e.provider(), e.licence());
    }

    private EmbedAttributes attributes(String embedType) {
        return "video".equals(embedType) ? null
                : new EmbedAttributes(settings.iframeSandbox(), settings.iframeAllow(), settings.referrerPolicy());
    }
}
